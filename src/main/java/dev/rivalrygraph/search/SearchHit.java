package dev.rivalrygraph.search;

import dev.rivalrygraph.fact.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("A record that matches a search, with why it matched and how well.")
public class SearchHit {

    @NonNull
    @Description("The matching record; ask for its fields with `... on Person { name }` and the like.")
    public final Node node;

    @NonNull
    @Description("The text that matched: a name, an alias, a claim's text, an excerpt.")
    public final String matched;

    @Description("How well it matched, from 0 to 1: a whole name beats the start of a name, which beats a word "
            + "inside a text.")
    public final double score;

    SearchHit(Node node, String matched, double score) {
        this.node = node;
        this.matched = matched;
        this.score = score;
    }
}
