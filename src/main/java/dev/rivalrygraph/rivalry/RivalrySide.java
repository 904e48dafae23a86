package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.actor.Actor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("RivalrySide")
@Description("The parties of a rivalry that stand together (Meta and Musk, against OpenAI).")
public class RivalrySide {

    @Description("The side's number: 1, 2, ...")
    public final int side;

    @NonNull
    @Description("The parties on this side, by name.")
    public final List<@NonNull Actor> parties;

    RivalrySide(int side, List<Actor> parties) {
        this.side = side;
        this.parties = parties;
    }
}
