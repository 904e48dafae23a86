package dev.rivalrygraph.fact;

import dev.rivalrygraph.AddedFacts;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.actor.AliasKind;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.claim.ClaimKind;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.event.EventKind;
import dev.rivalrygraph.investment.Investment;
import dev.rivalrygraph.investment.InvestmentKind;
import dev.rivalrygraph.investment.InvestmentStatus;
import dev.rivalrygraph.metric.MetricKind;
import dev.rivalrygraph.metric.UserMetric;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.organization.OrganizationKind;
import dev.rivalrygraph.partnership.Partnership;
import dev.rivalrygraph.partnership.PartnershipStatus;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.product.ProductKind;
import dev.rivalrygraph.rivalry.Rivalry;
import dev.rivalrygraph.rivalry.RivalryParty;
import dev.rivalrygraph.rivalry.RivalryRound;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query that lists records states the rank rule: with a deprecated record of every kind, linked to each other,
 * no list of the API shows one of them under {@code ranks: BEST}, and under ALL each shows up. The nested lists are
 * read from the schema (every list field of every record type, and what lies under them down to the records), the
 * root lists from one case each; a root list without a case fails the test.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RankRuleEverywhereTest {

    /** Root lists of records that are not ranked (sources, changes) or looked up by id (nodes). */
    private static final Set<String> UNRANKED_ROOTS = Set.of("sources", "history", "nodes");

    private static final String SCHEMA = "{ __schema { types { kind name fields { name"
            + " args { name type { kind } } type { ...T } } } } }"
            + " fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private final AddedFacts added = new AddedFacts("generated for the rank rule test");
    private final Map<String, Fact> records = new LinkedHashMap<>();
    /** The records' global ids, by a name for messages. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Map<String, Map<String, Object>> types;

    @BeforeEach
    void addADeprecatedRecordOfEveryKind() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organization corp = record("corp", new Organization());
            corp.name = "Rankrule Corp";
            corp.kind = OrganizationKind.COMPANY;
            added.cite(corp);
            Organization labs = record("labs", new Organization());
            labs.name = "Rankrule Labs";
            labs.kind = OrganizationKind.COMPANY;
            labs.parentId = corp.id;
            added.cite(labs);
            Person person = record("person", new Person());
            person.name = "Rankrule Person";
            added.cite(person);
            Role role = record("role", new Role());
            role.personId = person.id;
            role.organizationId = corp.id;
            role.kind = RoleKind.CEO;
            role.title = "CEO";
            added.cite(role);
            Product bot = record("bot", new Product());
            bot.name = "Rankrule Bot";
            bot.kind = ProductKind.CHATBOT;
            bot.ownerId = corp.id;
            added.cite(bot);
            Product next = record("next", new Product());
            next.name = "Rankrule Bot 2";
            next.kind = ProductKind.CHATBOT;
            next.ownerId = corp.id;
            next.versionOfId = bot.id;
            next.basedOnId = bot.id;
            added.cite(next);
            Alias alias = record("alias", new Alias());
            alias.subjectId = bot.id;
            alias.name = "Rankrule Botty";
            alias.kind = AliasKind.SPELLING;
            added.cite(alias);
            UserMetric metric = record("metric", new UserMetric());
            metric.productId = bot.id;
            metric.kind = MetricKind.MAU;
            metric.amount = 1000L;
            metric.qualifier = Qualifier.EXACT;
            metric.periodStart = LocalDate.of(2024, 1, 1);
            metric.precision = DatePrecision.MONTH;
            added.cite(metric);
            Rivalry rivalry = record("rivalry", new Rivalry());
            rivalry.title = "Rankrule rivalry";
            rivalry.parties.add(party(person.id, 1));
            rivalry.parties.add(party(labs.id, 2));
            added.cite(rivalry);
            RivalryRound round = record("round", new RivalryRound());
            round.rivalryId = rivalry.id;
            round.roundNo = 1;
            round.title = "Rankrule round";
            round.periodStart = LocalDate.of(2024, 1, 1);
            round.precision = DatePrecision.MONTH;
            added.cite(round);
            Event event = record("event", new Event());
            event.kind = EventKind.ANNOUNCEMENT;
            event.title = "Rankrule announcement";
            event.occurredOn = LocalDate.of(2024, 1, 2);
            event.precision = DatePrecision.DAY;
            event.productId = bot.id;
            event.roundId = round.id;
            event.participantIds.addAll(List.of(person.id, corp.id));
            added.cite(event);
            Claim claim = record("claim", new Claim());
            claim.kind = ClaimKind.ASSERTION;
            claim.content = "Rankrule: the bot is a language model.";
            claim.statedOn = LocalDate.of(2024, 1, 3);
            claim.precision = DatePrecision.DAY;
            claim.speakerId = person.id;
            claim.subjectIds.add(bot.id);
            claim.roundId = round.id;
            claim.property = "kind";
            claim.assertedValue = "LANGUAGE_MODEL";
            claim.propertyOfId = bot.id;
            added.cite(claim);
            Investment investment = record("investment", new Investment());
            investment.investorId = person.id;
            investment.investeeId = corp.id;
            investment.kind = InvestmentKind.STAKE;
            investment.status = InvestmentStatus.DONE;
            investment.qualifier = Qualifier.EXACT;
            investment.occurredOn = LocalDate.of(2024, 1, 4);
            investment.precision = DatePrecision.DAY;
            added.cite(investment);
            Partnership partnership = record("partnership", new Partnership());
            partnership.status = PartnershipStatus.values()[0];
            partnership.occurredOn = LocalDate.of(2024, 1, 5);
            partnership.precision = DatePrecision.DAY;
            partnership.partyIds.addAll(List.of(person.id, labs.id));
            added.cite(partnership);
        });
        records.forEach((name, fact) -> ids.put(name, fact.getGlobalId()));
        Map<String, Object> schema = GraphQL.post(SCHEMA).body("errors", nullValue()).extract().path("data.__schema");
        types = new LinkedHashMap<>();
        for (Object type : (List<?>) schema.get("types")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) type;
            types.put((String) t.get("name"), t);
        }
    }

    @AfterEach
    void removeThem() {
        added.removeAll();
    }

    @Test
    void noListShowsADeprecatedRecordUnderBestAndEachShowsUnderAll() {
        Map<String, Set<String>> hidden = listed("BEST");
        Map<String, Set<String>> shown = listed("ALL");

        List<String> leaks = new ArrayList<>();
        hidden.forEach((list, found) -> {
            if (!found.isEmpty()) {
                leaks.add(list + " lists " + names(found));
            }
        });
        assertTrue(leaks.isEmpty(), "under ranks: BEST, deprecated records are listed by\n  "
                + String.join("\n  ", leaks));

        Set<String> seen = new TreeSet<>();
        shown.values().forEach(found -> seen.addAll(names(found)));
        assertEquals(new TreeSet<>(ids.keySet()), seen, "the deprecated records some list shows under ranks: ALL");
        List<String> emptyRoots = shown.entrySet().stream()
                .filter(e -> !e.getKey().contains(".") && e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertTrue(emptyRoots.isEmpty(), "root lists that show none of the records even under ALL: " + emptyRoots);
        long nestedLists = shown.entrySet().stream().filter(e -> e.getKey().contains(".") && !e.getValue().isEmpty())
                .count();
        assertTrue(nestedLists >= 25, "only " + nestedLists + " nested lists show a record under ALL: " + shown);
    }

    /**
     * The ids of the records each list shows: every root list of records, by case, and, through nodes(ids:), every
     * nested list of every record, as Type.field. One request per case and per type, within the API's limits.
     */
    private Map<String, Set<String>> listed(String ranks) {
        String person = ids.get("person");
        String bot = ids.get("bot");
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("people", "people(nameContains: \"Rankrule\"");
        roots.put("organizations", "organizations(nameContains: \"Rankrule\"");
        roots.put("products", "products(nameContains: \"Rankrule\"");
        roots.put("claims", "claims(textContains: \"Rankrule\"");
        roots.put("events", "events(participant: \"" + person + "\"");
        roots.put("investments", "investments(investor: \"" + person + "\"");
        roots.put("partnerships", "partnerships(party: \"" + person + "\"");
        roots.put("rivalries", "rivalries(party: \"" + person + "\"");
        roots.put("search", "search(text: \"Rankrule\", first: 100");
        roots.put("timeline", "timeline(subject: \"" + person + "\"");
        roots.put("timelineOfAProduct", "timeline(subject: \"" + bot + "\"");
        roots.put("timelineOfARivalry", "timeline(subject: \"" + ids.get("rivalry") + "\"");
        roots.put("chains", "chains(from: \"" + person + "\", to: \"" + ids.get("labs") + "\"");
        roots.put("conflicts", "conflicts(subject: \"" + bot + "\"");
        roots.put("compareMetrics", "compareMetrics(products: [\"" + bot + "\", \"" + ids.get("next")
                + "\"], kind: MAU");
        Map<String, Object> query = types.get("Query");
        Set<String> covered = new LinkedHashSet<>();
        roots.values().forEach(call -> covered.add(call.substring(0, call.indexOf('('))));
        for (Map<String, Object> field : fields(query)) {
            String name = (String) field.get("name");
            if (hasArgument(field, "ranks") && !covered.contains(name) && !UNRANKED_ROOTS.contains(name)
                    && lists((Map<String, Object>) field.get("type"), 2)) {
                throw new AssertionError("the root list `" + name + "` has no case in this test");
            }
        }
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        roots.forEach((alias, call) -> {
            String name = call.substring(0, call.indexOf('('));
            Map<String, Object> field = fields(query).stream().filter(f -> f.get("name").equals(name)).findFirst()
                    .orElseThrow();
            Object answer = answer("{ x: " + call + ", ranks: " + ranks + ")"
                    + selection(named((Map<String, Object>) field.get("type")), 4) + " }").get("x");
            collect(answer, listed.computeIfAbsent(alias, k -> new LinkedHashSet<>()));
        });
        Map<String, List<String>> byType = new LinkedHashMap<>();
        records.forEach((name, fact) -> byType.computeIfAbsent(fact.getClass().getSimpleName(),
                t -> new ArrayList<>()).add("\"" + ids.get(name) + "\""));
        byType.forEach((type, typeIds) -> {
            StringBuilder document = new StringBuilder("{ nodes(ids: [" + String.join(", ", typeIds) + "], ranks: "
                    + ranks + ") { ... on " + type + " {");
            for (Map<String, Object> field : fields(types.get(type))) {
                Map<String, Object> ref = (Map<String, Object>) field.get("type");
                String below = lists(ref, 2) && !requiresArguments(field) ? selection(named(ref), 3) : null;
                if (below != null) {
                    document.append(' ').append(field.get("name")).append(below);
                }
            }
            for (Object node : (List<?>) answer(document.append(" } } }").toString()).get("nodes")) {
                ((Map<?, ?>) node).forEach((field, value) -> collect(value,
                        listed.computeIfAbsent(type + "." + field, k -> new LinkedHashSet<>())));
            }
        });
        return listed;
    }

    private static Map<String, Object> answer(String document) {
        return GraphQL.post(document).body("errors", nullValue()).extract().path("data");
    }

    private void collect(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> {
                if (key.equals("id") && ids.containsValue(nested)) {
                    found.add((String) nested);
                } else {
                    collect(nested, found);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(element -> collect(element, found));
        }
    }

    /**
     * What to select under a field of this type to reach the records it lists: a record's id; else, down to
     * {@code depth} levels, its lists and its {@code node} or {@code via} (an edge's, a search hit's, a hop's). A
     * single reference elsewhere (a conflict's subject, a hop's ends) names a record whatever its rank.
     */
    private String selection(String typeName, int depth) {
        Map<String, Object> type = types.get(typeName);
        if (!List.of("OBJECT", "INTERFACE", "UNION").contains(type.get("kind"))) {
            return "";
        }
        if (!type.get("kind").equals("OBJECT") || fields(type).stream().anyMatch(f -> f.get("name").equals("id"))) {
            return " { __typename ... on Node { id } }";
        }
        if (depth == 0) {
            return null;
        }
        StringBuilder inner = new StringBuilder();
        for (Map<String, Object> field : fields(type)) {
            Map<String, Object> ref = (Map<String, Object>) field.get("type");
            String name = (String) field.get("name");
            if ((lists(ref, 0) || name.equals("node") || name.equals("via")) && !requiresArguments(field)) {
                String below = selection(named(ref), depth - 1);
                if (below != null && !below.isEmpty()) {
                    inner.append(' ').append(name).append(below);
                }
            }
        }
        return inner.isEmpty() ? null : " {" + inner + " }";
    }

    /** Whether the reference is a list of composites, or (with {@code connections} > 0) a connection. */
    private boolean lists(Map<String, Object> ref, int connections) {
        Map<String, Object> unwrapped = ref.get("kind").equals("NON_NULL") ? (Map<String, Object>) ref.get("ofType")
                : ref;
        String named = named(ref);
        boolean composite = !List.of("SCALAR", "ENUM").contains(types.get(named).get("kind"));
        return composite && (unwrapped.get("kind").equals("LIST") || connections > 0 && named.endsWith("Connection"));
    }

    private static String named(Map<String, Object> ref) {
        return ref.get("name") != null ? (String) ref.get("name") : named((Map<String, Object>) ref.get("ofType"));
    }

    private static boolean requiresArguments(Map<String, Object> field) {
        return ((List<Map<String, Object>>) field.get("args")).stream()
                .anyMatch(a -> ((Map<?, ?>) a.get("type")).get("kind").equals("NON_NULL"));
    }

    private static boolean hasArgument(Map<String, Object> field, String name) {
        return ((List<Map<String, Object>>) field.get("args")).stream().anyMatch(a -> a.get("name").equals(name));
    }

    private static List<Map<String, Object>> fields(Map<String, Object> type) {
        return (List<Map<String, Object>>) type.get("fields");
    }

    private Set<String> names(Set<String> found) {
        Set<String> names = new TreeSet<>();
        ids.forEach((name, id) -> {
            if (found.contains(id)) {
                names.add(name);
            }
        });
        return names;
    }

    private <F extends Fact> F record(String name, F fact) {
        fact.rank = Rank.DEPRECATED;
        fact.rankReason = "made up for the rank rule test";
        records.put(name, fact);
        return fact;
    }

    private static RivalryParty party(long actorId, int side) {
        RivalryParty party = new RivalryParty();
        party.actorId = actorId;
        party.side = side;
        return party;
    }
}
