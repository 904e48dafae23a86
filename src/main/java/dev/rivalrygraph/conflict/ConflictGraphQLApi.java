package dev.rivalrygraph.conflict;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Statements.Key;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Slice;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
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
    RankSelection.Chosen chosen;

    /** Conflicts by subject, then property and qualifier. */
    private static final Sort<Key> ORDER = Sort.by("conflicts", Sort.key("subject", Long.class, Key::subject),
            Sort.key("property", String.class, Key::property),
            Sort.key("qualifier", String.class, Key::qualifier).nullable());

    @Query
    @NonNull
    @Description("Where the records disagree: groups of records making the same statement with different values, "
            + "each value with its records and their citations. Computed from the data, so a new record that "
            + "contradicts another shows up here at once. With `subject`, only the conflicts about that record; "
            + "`kinds` lists different values by default, and spellings of a name on request.")
    public ConflictConnection conflicts(
            @Id @Description("A person, organization, product or any other record: only conflicts about it.")
            String subject,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks,
            @Description(KINDS) @DefaultValue("[\"VALUE\"]") List<ConflictKind> kinds)
            throws BadUserInputException, NotFoundException {
        Page page = new Page(first, after, last, before);
        Conflicts conflicts = new Conflicts(chosen.rule(), kinds);
        Slice<Key> keys = page.of(subject == null ? conflicts.all()
                : conflicts.about(List.of(Lookup.fact(subject).id)).get(0), ORDER);
        return new ConflictConnection(keys.with(conflicts.of(keys.items())));
    }

    @NonNull
    @Description(ABOUT)
    public List<ConflictConnection> conflicts(@Source List<Subject> subjects,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before,
            @Description(KINDS) @DefaultValue("[\"VALUE\"]") List<ConflictKind> kinds)
            throws BadUserInputException {
        Conflicts conflicts = new Conflicts(chosen.rule(), kinds);
        List<Slice<Key>> pages = new Page(first, after, last, before)
                .ofEach(conflicts.about(subjects.stream().map(Subject::getId).toList()), ORDER);
        // the conflicts of every parent's page, built together
        List<Conflict> built = conflicts.of(pages.stream().flatMap(p -> p.items().stream()).toList());
        List<ConflictConnection> result = new ArrayList<>(pages.size());
        int at = 0;
        for (Slice<Key> keys : pages) {
            result.add(new ConflictConnection(keys.with(built.subList(at, at + keys.items().size()))));
            at += keys.items().size();
        }
        return result;
    }
}
