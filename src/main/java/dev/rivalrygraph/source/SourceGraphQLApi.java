package dev.rivalrygraph.source;

import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Lookup;
import dev.rivalrygraph.fact.NotFoundException;
import dev.rivalrygraph.fact.Page;
import dev.rivalrygraph.organization.Organization;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class SourceGraphQLApi {

    @Query
    @Description("One source, by `id` or by exact `title` (case-insensitive). Give one of them.")
    public Source source(@Id Long id, String title)
            throws NotFoundException, BadUserInputException {
        return Lookup.one("source", id, title, i -> Source.findById(i), Source::byTitle);
    }

    @Query
    @NonNull
    @Description("The sources, oldest first.")
    public List<@NonNull Source> sources(
            @DefaultValue("100") @Description(Page.FIRST) int first) throws BadUserInputException {
        return Source.ordered(Page.size(first));
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
}
