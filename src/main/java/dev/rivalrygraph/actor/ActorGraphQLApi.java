package dev.rivalrygraph.actor;

import dev.rivalrygraph.investment.InvestmentGraphQLApi;
import dev.rivalrygraph.event.EventGraphQLApi;
import dev.rivalrygraph.claim.ClaimGraphQLApi;
import dev.rivalrygraph.investment.InvestmentConnection;
import dev.rivalrygraph.event.EventConnection;
import dev.rivalrygraph.claim.ClaimConnection;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Batches;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.investment.Investment;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.partnership.Partnership;
import dev.rivalrygraph.rivalry.Rivalry;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** Fields every actor (and, for aliases and claims about it, every subject) has. */
@GraphQLApi
@Reads
@DatabaseTimeouts
public class ActorGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    @NonNull
    @Description("Other names found in the sources: former names, spellings, transliterations.")
    public List<List<@NonNull Alias>> aliases(@Source List<Subject> subjects) {
        return Batches.groupBy(subjects, Subject::getId, Alias.ofSubjects(Batches.keys(subjects, Subject::getId),
                chosen.rule()),
                a -> a.subjectId);
    }

    @NonNull
    @Description("Claims about this, earliest first.")
    public List<List<@NonNull Claim>> claimsAbout(@Source List<Subject> subjects) {
        return Facts.joined("select sid, c from Claim c join c.subjectIds sid where any_of(:ids, sid)"
                + chosen.rule().jpql("c") + " order by c.statedOn nulls last, c.id", subjects, Subject::getId);
    }

    @NonNull
    @Description("What this actor said or asserted, earliest first.")
    public List<List<@NonNull Claim>> claims(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Claim.bySpeakers(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                c -> c.speakerId);
    }

    @NonNull
    @Description("Investments this actor made or offered, earliest first.")
    public List<List<@NonNull Investment>> investmentsMade(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Investment.byInvestors(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                i -> i.investorId);
    }

    @NonNull
    @Description("Investments in this actor, earliest first.")
    public List<List<@NonNull Investment>> investmentsReceived(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Investment.byInvestees(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                i -> i.investeeId);
    }

    @NonNull
    @Description("Partnerships this actor is in, earliest first.")
    public List<List<@NonNull Partnership>> partnerships(@Source List<Actor> actors) {
        return Facts.joined("select pid, p from Partnership p join p.partyIds pid where any_of(:ids, pid)"
                + chosen.rule().jpql("p") + " order by p.occurredOn nulls last, p.id", actors, Actor::getId);
    }

    @NonNull
    @Description("Events this actor took part in, earliest first.")
    public List<List<@NonNull Event>> events(@Source List<Actor> actors) {
        return Facts.joined("select pid, e from Event e join e.participantIds pid where any_of(:ids, pid)"
                + chosen.rule().jpql("e") + " order by e.occurredOn nulls last, e.id", actors, Actor::getId);
    }

    @NonNull
    @Description("Rivalries this actor is a party to, by title.")
    public List<List<@NonNull Rivalry>> rivalries(@Source List<Actor> actors) {
        return Facts.joined("select p.actorId, r from Rivalry r join r.parties p where any_of(:ids, p.actorId)"
                + chosen.rule().jpql("r") + " order by r.title, r.id", actors, Actor::getId);
    }

    @NonNull
    @Description("Investments this actor made or offered, a page at a time, earliest first.")
    public List<InvestmentConnection> investmentsMadeConnection(@Source List<Actor> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(investmentsMade(parents),
                InvestmentGraphQLApi.ORDERS.byDefault()), InvestmentConnection::new);
    }

    @NonNull
    @Description("Investments in this actor, a page at a time, earliest first.")
    public List<InvestmentConnection> investmentsReceivedConnection(@Source List<Actor> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(investmentsReceived(parents),
                InvestmentGraphQLApi.ORDERS.byDefault()), InvestmentConnection::new);
    }

    @NonNull
    @Description("What this actor said or asserted, a page at a time, earliest first.")
    public List<ClaimConnection> claimsConnection(@Source List<Actor> parents, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(claims(parents),
                ClaimGraphQLApi.ORDERS.byDefault()), ClaimConnection::new);
    }

    @NonNull
    @Description("Claims about this, a page at a time, earliest first.")
    public List<ClaimConnection> claimsAboutConnection(@Source List<Subject> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(claimsAbout(parents),
                ClaimGraphQLApi.ORDERS.byDefault()), ClaimConnection::new);
    }

    @NonNull
    @Description("Events this actor took part in, a page at a time, earliest first.")
    public List<EventConnection> eventsConnection(@Source List<Actor> parents, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(events(parents),
                EventGraphQLApi.ORDERS.byDefault()), EventConnection::new);
    }
}
