package dev.rivalrygraph.timeline;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.event.EventKind;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.investment.Investment;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.node.Lookup;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.page.Slice;
import dev.rivalrygraph.page.Sort;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.Rivalry;
import dev.rivalrygraph.rivalry.RivalryRound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The timeline of a subject: everything dated about it, one statement per kind of record. */
final class Timeline {

    /** Date order, undated last; on one day, by kind, then by record. */
    private static final Sort<TimelineEntry> ORDER = Sort.by("timeline",
            Sort.key("date", LocalDate.class, (TimelineEntry e) -> e.date).nullable(),
            Sort.key("kind", TimelineKind.class, (TimelineEntry e) -> e.kind),
            Sort.key("id", String.class, (TimelineEntry e) -> e.node.getGlobalId()));

    private Timeline() {
    }

    /** A page of the entries about {@code subject} (a global id) dated within [from, to], either end open. */
    static Slice<TimelineEntry> of(String subject, LocalDate from, LocalDate to, Page page, RankSelection ranks)
            throws BadUserInputException, NotFoundException {
        String rule = ranks.jpql("");
        Fact fact = Lookup.fact(subject);
        List<TimelineEntry> entries = new ArrayList<>();
        if (fact instanceof AbstractActor) {
            events(Event.list("?1 member of participantIds" + rule, fact.id), entries);
            claims(Claim.list("(speakerId = ?1 or ?1 member of subjectIds)" + rule, fact.id), entries);
            investments(Investment.list("(investorId = ?1 or investeeId = ?1)" + rule, fact.id), entries);
        } else if (fact instanceof Product) {
            events(Event.list("productId = ?1" + rule, fact.id), entries);
            claims(Claim.list("?1 member of subjectIds" + rule, fact.id), entries);
            metrics(UserMetric.list("productId = ?1" + rule, fact.id), entries);
        } else if (fact instanceof Rivalry) {
            List<Long> rounds = RivalryRound.ofRivalries(List.of(fact.id), ranks).stream().map(r -> r.id).toList();
            events(Event.ofRounds(rounds, ranks), entries);
            claims(Claim.ofRounds(rounds, ranks), entries);
        } else {
            throw new BadUserInputException("A timeline is of a person, an organization, a product or a rivalry.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("`from` (" + from + ") is after `to` (" + to + ").");
        }
        List<TimelineEntry> inRange = entries.stream()
                .filter(e -> from == null || e.date != null && !e.date.isBefore(from))
                .filter(e -> to == null || e.date != null && !e.date.isAfter(to))
                .toList();
        return page.of(inRange, ORDER);
    }

    private static void events(List<Event> events, List<TimelineEntry> entries) {
        for (Event e : events) {
            entries.add(new TimelineEntry(e.occurredOn, e.precision,
                    EventKind.LAUNCHES.contains(e.kind) ? TimelineKind.LAUNCH : TimelineKind.EVENT, e.title, e));
        }
    }

    private static void claims(List<Claim> claims, List<TimelineEntry> entries) {
        for (Claim c : claims) {
            entries.add(new TimelineEntry(c.statedOn, c.precision, TimelineKind.CLAIM, c.content, c));
        }
    }

    private static void investments(List<Investment> investments, List<TimelineEntry> entries) {
        for (Investment i : investments) {
            entries.add(new TimelineEntry(i.occurredOn, i.precision, TimelineKind.INVESTMENT,
                    i.description != null ? i.description : i.kind.name(), i));
        }
    }

    private static void metrics(List<UserMetric> metrics, List<TimelineEntry> entries) {
        for (UserMetric m : metrics) {
            entries.add(new TimelineEntry(m.periodStart, m.precision, TimelineKind.METRIC,
                    m.kind + " " + m.amount + (m.region == null ? "" : " (" + m.region + ")"), m));
        }
    }
}
