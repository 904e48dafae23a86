package dev.rivalrygraph.conflict;

import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.RankScope;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.fact.Statements.Key;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class ConflictGraphQLApi {

    static final String KINDS = "Which conflicts to list: by default VALUE only (different values); add SPELLING for "
            + "names written with other spacing, punctuation or a plural s. Names that differ only in letter case are "
            + "never a conflict.";

    private static final String ABOUT = "Conflicts about this record: over its own properties (its name, its kind...) "
            + "or in a statement that concerns it (a role in it, an investment in it), by subject and property.";

    @Inject
    RankScope rankScope;

    @Query
    @NonNull
    @Description("Where the records disagree: groups of records making the same statement with different values, "
            + "each value with its records and their citations. Computed from the data, so a new record that "
            + "contradicts another shows up here at once. With `subject`, only the conflicts about that record; "
            + "`kinds` lists different values by default, and spellings of a name on request.")
    public Connection<Conflict> conflicts(
            @Id @Description("A person, organization, product or any other record: only conflicts about it.")
            String subject,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks,
            @Description(KINDS) @DefaultValue("[\"VALUE\"]") List<ConflictKind> kinds)
            throws BadUserInputException, NotFoundException {
        rankScope.choose(ranks, "conflicts");
        Page page = new Page(first, after, last, before);
        Conflicts conflicts = new Conflicts(rankScope.all(), kinds);
        if (subject == null) {
            List<Key> keys = conflicts.all();
            return page.of(keys.size(),
                    (offset, limit) -> conflicts.of(keys.subList((int) offset, (int) offset + limit)));
        }
        Fact fact = Lookup.fact(subject);
        Connection<Key> keys = page.of(conflicts.about(List.of(fact.id)).get(0));
        return keys.with(conflicts.of(keys.getNodes()));
    }

    @NonNull
    @Description(ABOUT)
    public List<Connection<Conflict>> conflicts(@Source List<Subject> subjects,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before,
            @Description(KINDS) @DefaultValue("[\"VALUE\"]") List<ConflictKind> kinds)
            throws BadUserInputException {
        Conflicts conflicts = new Conflicts(rankScope.all(), kinds);
        List<Connection<Key>> pages = new Page(first, after, last, before)
                .ofEach(conflicts.about(subjects.stream().map(Subject::getId).toList()));
        // the conflicts of every parent's page, built together
        List<Conflict> built = conflicts.of(pages.stream().flatMap(p -> p.getNodes().stream()).toList());
        List<Connection<Conflict>> result = new ArrayList<>(pages.size());
        int at = 0;
        for (Connection<Key> keys : pages) {
            result.add(keys.with(built.subList(at, at + keys.edges.size())));
            at += keys.edges.size();
        }
        return result;
    }
}
