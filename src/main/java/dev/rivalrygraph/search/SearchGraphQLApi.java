package dev.rivalrygraph.search;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class SearchGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    @Query
    @NonNull
    @Description("Records whose names, aliases, titles, claim texts or excerpts contain `text` (ignoring case and "
            + "accents), best matches first. `types` narrows what is searched.")
    public List<@NonNull SearchHit> search(@NonNull String text,
            @Description("What to search; all types when absent.") List<SearchType> types,
            @DefaultValue("20") @Description("How many hits to return, 1 to 100.") int first,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        return Search.hits(text, types, first, chosen.rule());
    }
}
