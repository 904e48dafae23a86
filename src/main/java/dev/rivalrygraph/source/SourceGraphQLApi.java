package dev.rivalrygraph.source;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class SourceGraphQLApi {

    private static final Order.Offered<Source> ORDERS = new Order.Offered<>("sources", Map.of(
            Order.OrderField.DATE, Sort.key("publishedOn", LocalDate.class, (Source s) -> s.publishedOn).nullable(),
            Order.OrderField.NAME, Sort.key("title", String.class, (Source s) -> s.title)),
            Order.OrderField.DATE, Sort.id(s -> s.id));

    /** Citations in source order. */
    private static final Sort<Citation> CITATIONS = Sort.by("citations",
            Sort.key("sourceId", Long.class, (Citation c) -> c.sourceId), Sort.id(c -> c.id));

    @Query
    @Description("One source, by `id` or by exact `title` (case-insensitive). Give one of them.")
    public Source source(@Id String id, String title,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("source", "Source", id, title, i -> Source.findById(i), Source::byTitle);
    }

    @Query
    @NonNull
    @Description("The sources, oldest first.")
    public SourceConnection sources(@Description("Only those dated on or after this day.") LocalDate from,
            @Description("Only those dated on or before this day.") LocalDate to,
            @Description("Order by DATE or NAME (title); by default date.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where().between("publishedOn", from, to);
        return new SourceConnection(new Page(first, after, last, before).of(Source.class, where,
                ORDERS.sort(orderBy)));
    }

    @NonNull
    @Description("The article's full text, as published (translations as translated). Every citation's excerpt occurs in it.")
    public List<String> text(@org.eclipse.microprofile.graphql.Source List<Source> list) {
        return Source.bodies(list);
    }

    @NonNull
    @Description("The citations that quote this source.")
    public List<List<@NonNull Citation>> citations(@org.eclipse.microprofile.graphql.Source List<Source> list) {
        return Batches.groupBy(list, s -> s.id, Citation.ofSources(Batches.keys(list, s -> s.id)), c -> c.sourceId);
    }

    @NonNull
    @Description("The source this excerpt is copied from.")
    public List<Source> source(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        return Batches.pick(citations, c -> c.sourceId,
                Facts.byIds(Source.class, Batches.keys(citations, c -> c.sourceId)),
                s -> s.id);
    }

    @Description("Where the excerpt stands in the source's `text`, to show the quote in context.")
    public List<TextSpan> offsets(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        Map<Long, String> texts = Source.bodiesById(Batches.keys(citations, c -> c.sourceId));
        return citations.stream().map(c -> TextSpan.find(texts.get(c.sourceId), c.excerpt)).toList();
    }

    @Description("The credited organization, when it is in the graph.")
    public List<Organization> creditedOrganization(@org.eclipse.microprofile.graphql.Source List<Citation> citations) {
        return Facts.referenced(citations, c -> c.creditedOrgId, Organization.class);
    }

    @NonNull
    @Name("citations")
    @Description("The sources that report this record, each with the verbatim excerpt. Never empty.")
    public List<List<@NonNull Citation>> citationsOf(@org.eclipse.microprofile.graphql.Source List<Cited> facts) {
        return Batches.groupBy(facts, Cited::getId, Citation.ofFacts(Batches.keys(facts, Cited::getId)),
                c -> c.factId);
    }

    @NonNull
    @Description("The citations backing this record, a page at a time.")
    public List<CitationConnection> citationsConnection(@org.eclipse.microprofile.graphql.Source List<Cited> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(citationsOf(parents), CITATIONS),
                CitationConnection::new);
    }
}
