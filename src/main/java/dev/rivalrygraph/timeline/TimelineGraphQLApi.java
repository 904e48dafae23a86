package dev.rivalrygraph.timeline;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.LocalDate;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class TimelineGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    @Query
    @NonNull
    @Description("Everything dated about an actor, a product or a rivalry — events, launches, claims, user figures, "
            + "investments — in date order (undated last), each with its precision and its record.")
    public TimelineEntryConnection timeline(
            @Id @NonNull @Description("The person, organization, product or rivalry.") String subject,
            @Description("Only entries dated on or after this day.") LocalDate from,
            @Description("Only entries dated on or before this day.") LocalDate to,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException, NotFoundException {
        return new TimelineEntryConnection(Timeline.of(subject, from, to, new Page(first, after, last, before),
                chosen.rule()));
    }
}
