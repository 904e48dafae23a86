package dev.rivalrygraph.path;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("Chain")
@Description("A shortest chain of cited links from one subject to another.")
public class Chain {

    @NonNull
    @Description("The links, in order from `from` to `to`.")
    public final List<@NonNull Hop> hops;

    Chain(List<Hop> hops) {
        this.hops = hops;
    }

    @Description("How many hops the chain has.")
    public int getLength() {
        return hops.size();
    }
}
