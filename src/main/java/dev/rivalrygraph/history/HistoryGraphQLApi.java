package dev.rivalrygraph.history;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import dev.rivalrygraph.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class HistoryGraphQLApi {

    /** Changes newest first. */
    private static final Sort<Change> NEWEST_FIRST = Sort.by("history", Sort.id((Change c) -> c.id)).descending();

    private static final String HISTORY = "Every change made to this record since it entered the graph through the API "
            + "(the seed data has none), newest first: who, when, and the values before and after.";

    @NonNull
    @Description(HISTORY + " Includes the changes to its citations and its rank (deprecations, restores).")
    public List<@NonNull ChangeConnection> history(@org.eclipse.microprofile.graphql.Source List<Cited> facts,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(Batches.groupBy(facts, Cited::getId,
                Change.ofFacts(Batches.keys(facts, Cited::getId)), c -> c.factId), NEWEST_FIRST), ChangeConnection::new);
    }

    @NonNull
    @Name("history")
    @Description(HISTORY)
    public List<@NonNull ChangeConnection> sourceHistory(
            @org.eclipse.microprofile.graphql.Source List<Source> sources,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(Batches.groupBy(sources, s -> s.id,
                Change.ofSources(Batches.keys(sources, s -> s.id)), c -> c.sourceId), NEWEST_FIRST),
                ChangeConnection::new);
    }
}
