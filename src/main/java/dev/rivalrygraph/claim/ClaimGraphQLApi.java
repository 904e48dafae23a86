package dev.rivalrygraph.claim;

import org.eclipse.microprofile.graphql.Name;
import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.filter.Where;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Order;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class ClaimGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    /** The orders of lists of claims: by date, undated last, by default. */
    public static final Order.Offered<Claim> ORDERS = new Order.Offered<>("claims",
            Map.of(Order.OrderField.DATE, Sort.key("statedOn", LocalDate.class, (Claim c) -> c.statedOn).nullable()),
            Order.OrderField.DATE, Sort.id(c -> c.id));

    @Query
    @NonNull
    @Description("Claims, earliest first (undated last); `kind` narrows them.")
    public ClaimConnection claims(ClaimKind kind,
            @Description("Only those dated on or after this day.") LocalDate from,
            @Description("Only those dated on or before this day.") LocalDate to,
            @Id @Description("Only those said by this person or organization.") String speaker,
            @Id @Description("Only those about this person, organization or product.") String subject,
            @Description("Only those whose text contains this, ignoring case and accents.") String textContains,
            @Description("Order by DATE; by default date.") Order orderBy,
            @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before,
            @Description(RankSelection.DESCRIPTION) @DefaultValue("BEST") RankSelection ranks)
            throws BadUserInputException {
        Where where = new Where(chosen.rule()).and("kind = ?", kind).between("statedOn", from, to)
                .and("speakerId = ?", Actors.idOf(speaker, "speaker"))
                .and("? member of subjectIds", subject == null ? null : GlobalId.parse(subject).id())
                .textContains("content", textContains);
        return new ClaimConnection(new Page(first, after, last, before).of(Claim.class, where, ORDERS.sort(orderBy)));
    }

    @Description("Who said it; null when the source itself asserts it.")
    public List<Actor> speaker(@Source List<Claim> claims) {
        return Actors.actors(claims, c -> c.speakerId);
    }

    @Description("The record whose `property` the claim gives a value to (LLaMA for \"LLaMA is a chatbot\"), if any.")
    public List<Cited> propertyOf(@Source List<Claim> claims) {
        return Facts.referenced(claims, c -> c.propertyOfId, Fact.class).stream().map(Cited.class::cast).toList();
    }

    @NonNull
    @Description("What it is about: people, organizations and products, by name.")
    public List<List<@NonNull Subject>> subjects(@Source List<Claim> claims) {
        return Claim.subjectsOf(claims, chosen.rule());
    }

    @Description("The rivalry round it belongs to, if any.")
    public List<RivalryRound> round(@Source List<Claim> claims) {
        return Facts.referenced(claims, c -> c.roundId, RivalryRound.class);
    }

    @NonNull
    @Description("Claims about this, earliest first.")
    public List<List<@NonNull Claim>> claimsAbout(@Source List<Subject> subjects) {
        return Claim.aboutEach(subjects, chosen.rule());
    }

    @NonNull
    @Description("What this actor said or asserted, earliest first.")
    public List<List<@NonNull Claim>> claims(@Source List<Actor> actors) {
        return Batches.groupBy(actors, Actor::getId, Claim.bySpeakers(Batches.keys(actors, Actor::getId),
                chosen.rule()),
                c -> c.speakerId);
    }

    @NonNull
    @Description("What this actor said or asserted, a page at a time, earliest first.")
    public List<ClaimConnection> claimsConnection(@Source List<Actor> parents, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(claims(parents),
                ORDERS.byDefault()), ClaimConnection::new);
    }

    @NonNull
    @Description("Claims about this, a page at a time, earliest first.")
    public List<ClaimConnection> claimsAboutConnection(@Source List<Subject> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(claimsAbout(parents),
                ORDERS.byDefault()), ClaimConnection::new);
    }

    @NonNull
    @Name("claims")
    @Description("What was said in this round, earliest first.")
    public List<List<@NonNull Claim>> roundClaims(@Source List<RivalryRound> rounds) {
        return Batches.groupBy(rounds, r -> r.id, Claim.ofRounds(Batches.keys(rounds, r -> r.id), chosen.rule()),
                c -> c.roundId);
    }

    @NonNull
    @Name("claimsConnection")
    @Description("What was said in this round, a page at a time, earliest first.")
    public List<ClaimConnection> roundClaimsConnection(@Source List<RivalryRound> parents,
            @Description(Page.FIRST) Integer first, @Description(Page.AFTER) String after,
            @Description(Page.LAST) Integer last, @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return Connection.each(new Page(first, after, last, before).ofEach(roundClaims(parents),
                ORDERS.byDefault()), ClaimConnection::new);
    }
}
