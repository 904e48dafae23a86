package dev.rivalrygraph.path;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Hop")
@Description("One link of a chain: two subjects and the cited record that links them.")
public class Hop {

    @NonNull
    @Description("Where the hop starts.")
    public final Subject from;

    @NonNull
    @Description("Where it ends.")
    public final Subject to;

    @NonNull
    @Description("How they are linked: ROLE, OWNS, BUILT_ON, PARENT, INVESTMENT, PARTNERSHIP, RIVALRY, EVENT, CLAIM.")
    public final String relation;

    @NonNull
    @Description("The record that links them; its `citations` say who reports the link.")
    public final Cited via;

    Hop(Subject from, Subject to, String relation, Cited via) {
        this.from = from;
        this.to = to;
        this.relation = relation;
        this.via = via;
    }
}
