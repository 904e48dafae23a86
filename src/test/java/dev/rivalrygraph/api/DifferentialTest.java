package dev.rivalrygraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.api.Introspected.Arg;
import dev.rivalrygraph.api.Introspected.Field;
import dev.rivalrygraph.api.Introspected.Ref;
import dev.rivalrygraph.api.Introspected.Type;
import dev.rivalrygraph.curation.Curate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties generated from the schema, not from examples: the same question asked two ways must get the same
 * answer, for every field the schema has (a field added later is covered without a new test).
 * <ul>
 * <li>every field that takes arguments, at the root and nested (reached through the schema from the root, under
 * lists of parents where it can): several aliases with different arguments in one request answer as the same calls
 * made one per request; each also as variables instead of literals, and by GET (with and without an operation name)
 * instead of POST; the same request twice answers the same;</li>
 * <li>every field with {@code ranks}: the records of {@code BEST} are among those of {@code ALL};</li>
 * <li>every root connection, in every order it offers: small pages forward ({@code first/after}) and backward
 * ({@code last/before}) give exactly the sequence of large pages, and {@code totalCount} what was walked; and the
 * same while records are added and deprecated between page reads (among records that existed for both reads).</li>
 * </ul>
 * Argument values come from the data (real ids, names, cursors), enum values, meaningful dates, and strings that
 * break naive URL handling ({@code +}, {@code %}, {@code &}, {@code #}, quotes, non-ASCII). Runs with a random seed,
 * printed with every failure; {@code -Ddifferential.seed=N} replays one.
 */
@QuarkusTest
class DifferentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("differential.seed", System.nanoTime());
    private static final int ARGUMENT_SETS = 3;
    private static final List<String> DATES = List.of("2000-01-01", "2023-06-15", "2023-07-06", "2023-08-01",
            "2024-02-29", "2024-05-31", "2024-06-15", "2030-01-01");
    private static final List<String> AWKWARD = List.of("C++", "100%", "Elon+Musk", "a&b=c", "#1", "\"quoted\"",
            "it's", "Zürich", "東京", "naïve café", "Open AI", "Threads", "Meta", "Musk", "%2B", "a b");

    /** An enum value: a bare name as a literal, a string as a variable. */
    private record EnumValue(String name) {
    }

    private Random random;
    private Introspected schema;
    private final Map<String, List<String>> namesByType = new HashMap<>();
    private final Map<String, List<String>> idsByType = new HashMap<>();
    private final List<String> cursors = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private int skippedForSiblingErrors;

    @BeforeEach
    void readSchemaAndData() {
        random = new Random(SEED);
        schema = Introspected.of(post(Introspected.QUERY, null, null).get("data"));
        for (Field root : schema.types().get(schema.queryType()).fields()) {
            if (schema.connection(root.type()) && root.args().stream().noneMatch(a -> a.type().nonNull())) {
                Ref node = nodeOf(root.type());
                JsonNode edges = post("{ x: " + root.name() + "(first: 50) { edges { cursor node { __typename"
                        + leaves(schema.type(node), Set.of("id", "name", "title")) + " } } } }", null, null)
                        .path("data").path("x").path("edges");
                for (JsonNode edge : edges) {
                    cursors.add(edge.get("cursor").asText());
                    JsonNode n = edge.get("node");
                    String type = n.get("__typename").asText();
                    for (String name : List.of("name", "title")) {
                        if (n.hasNonNull(name)) {
                            namesByType.computeIfAbsent(type, t -> new ArrayList<>()).add(n.get(name).asText());
                        }
                    }
                    if (n.hasNonNull("id")) {
                        idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(n.get("id").asText());
                    }
                }
            }
        }
        assertTrue(!namesByType.isEmpty() && !idsByType.isEmpty(), "no data found to draw argument values from");
    }

    // ---------------------------------------------------------------- aliases, variables, GET, repeats, ranks

    @Test
    void everyFieldWithArgumentsAnswersAliasesAsSeparateRequests() {
        Map<String, Path> reach = reach();
        int fields = 0;
        for (Type type : schema.types().values()) {
            Path path = reach.get(type.name());
            if (!type.kind().equals("OBJECT") || type.name().startsWith("__") || path == null) {
                continue;
            }
            for (Field field : type.fields()) {
                if (field.args().isEmpty()) {
                    continue;
                }
                fields++;
                List<Map<String, Object>> sets = argumentSets(field, ARGUMENT_SETS);
                String selection = selection(field.type(), 0);
                StringBuilder combined = new StringBuilder();
                List<String> separate = new ArrayList<>();
                for (int i = 0; i < sets.size(); i++) {
                    String call = "zz" + i + ": " + field.name() + literals(sets.get(i)) + selection;
                    combined.append(' ').append(call);
                    separate.add(path.wrap(call));
                }
                String together = path.wrap(combined.toString());
                JsonNode all = post(together, null, null);
                same("the same request twice", together, all, post(together, null, null));
                for (int i = 0; i < sets.size(); i++) {
                    String alias = "zz" + i;
                    JsonNode alone = post(separate.get(i), null, null);
                    if (othersFailed(all, alias, sets.size())
                            && errorsOf(alone, alias).containsAll(errorsOf(all, alias))
                            && !comparable(only(all, alias, sets.size())).equals(comparable(alone))) {
                        // another alias's error nulled a non-null parent they share (GraphQL's null propagation),
                        // and this alias has no error it would not have alone
                        skippedForSiblingErrors++;
                    } else same(type.name() + "." + field.name() + ": alias " + alias + " among " + sets.size()
                            + " vs. asked alone", together + "\n  vs\n" + separate.get(i),
                            only(all, alias, sets.size()), alone);
                    // the same call with its arguments as variables, by POST and by GET with an operation name
                    String withVariables = path.wrapOperation("Q", variableDefinitions(field, sets.get(i)),
                            alias + ": " + field.name() + variableUses(sets.get(i)) + selection);
                    ObjectNode variables = variables(sets.get(i));
                    same(type.name() + "." + field.name() + ": variables vs. literals", withVariables,
                            post(withVariables, variables, "Q"), alone);
                    same(type.name() + "." + field.name() + ": GET vs. POST", withVariables,
                            get(withVariables, variables, "Q"), alone);
                    same(type.name() + "." + field.name() + ": GET without an operation name vs. POST",
                            separate.get(i), get(separate.get(i), null, null), alone);
                }
                ranksNarrow(type, field, path);
            }
        }
        assertTrue(fields > 20, "only " + fields + " fields with arguments were reached");
        report();
    }

    /** With {@code ranks: BEST} a field lists only records it also lists with {@code ranks: ALL}. */
    private void ranksNarrow(Type type, Field field, Path path) {
        Arg ranks = field.arg("ranks");
        if (ranks == null) {
            return;
        }
        Map<String, Object> set = argumentSets(field, 1).get(0);
        Map<String, Object> best = new LinkedHashMap<>(set);
        best.put("ranks", new EnumValue("BEST"));
        Map<String, Object> all = new LinkedHashMap<>(set);
        all.put("ranks", new EnumValue("ALL"));
        String selection = selection(field.type(), 0);
        String document = path.wrap("best: " + field.name() + literals(best) + selection);
        Set<String> bestIds = new HashSet<>();
        Set<String> allIds = new HashSet<>();
        collectIds(post(document, null, null).path("data"), "best", false, bestIds);
        collectIds(post(path.wrap("all: " + field.name() + literals(all) + selection), null, null).path("data"), "all",
                false, allIds);
        if (!allIds.containsAll(bestIds)) {
            Set<String> extra = new HashSet<>(bestIds);
            extra.removeAll(allIds);
            mismatches.add(type.name() + "." + field.name() + ": ranks BEST lists " + extra + " that ALL does not\n  "
                    + document);
        }
    }

    private static void collectIds(JsonNode node, String alias, boolean inside, Set<String> ids) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                boolean in = inside || entry.getKey().equals(alias);
                if (in && entry.getKey().equals("id") && entry.getValue().isTextual()) {
                    ids.add(entry.getValue().asText());
                }
                if (inside || entry.getKey().equals(alias) || (!entry.getKey().equals("best")
                        && !entry.getKey().equals("all"))) {
                    collectIds(entry.getValue(), alias, in, ids);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectIds(element, alias, inside, ids));
        }
    }

    // ---------------------------------------------------------------- connections

    @Test
    void everyRootConnectionWalksInPagesAsInOneSequence() {
        int walked = 0;
        for (Field root : rootConnections()) {
            for (Map<String, Object> order : orders(root)) {
                List<String> all = walk(root, order, 100, true, null);
                if (all == null) {
                    continue; // an order this list does not offer: a typed error, checked below
                }
                walked++;
                int size = 1 + random.nextInt(3);
                check(root, order, "forward by " + size, all, walk(root, order, size, true, null));
                check(root, order, "backward by " + size, all, walk(root, order, size, false, null));
                long total = post("{ x: " + root.name() + literals(order) + " { totalCount } }", null, null)
                        .path("data").path("x").path("totalCount").asLong(-1);
                if (schema.type(root.type()).field("totalCount") != null && total != all.size()) {
                    mismatches.add(root.name() + literals(order) + ": totalCount " + total + ", walked " + all.size());
                }
            }
        }
        assertTrue(walked > 10, "only " + walked + " connection orders walked");
        report();
    }

    @Test
    void pagesStayRightWhileRecordsAreAddedAndDeprecated() {
        String source = Curate.source();
        Deque<String> owned = new ArrayDeque<>();
        for (String name : List.of("Aaron Differential", "Mia Differential", "Zoe Differential")) {
            owned.add(Curate.personId(source, name + " " + random.nextInt(1_000_000)));
            owned.add(claim(source));
        }
        int[] written = { 0 };
        Runnable writer = () -> {
            written[0]++;
            Curate.personId(source, (written[0] % 2 == 0 ? "Abel" : "Zack") + " Differential " + written[0]);
            claim(source);
            if (!owned.isEmpty()) {
                GraphQL.postAsCurator("mutation($id: ID!) { deprecate(id: $id, reason: \"differential test\") { id } }",
                        Map.of("id", owned.poll()));
            }
        };
        for (Field root : rootConnections()) {
            Map<String, Object> order = Map.of();
            List<String> before = walk(root, order, 100, true, null);
            if (before == null) {
                continue;
            }
            for (boolean forward : List.of(true, false)) {
                List<String> during = walk(root, order, 2, forward, writer);
                List<String> after = walk(root, order, 100, true, null);
                Set<String> both = new LinkedHashSet<>(before);
                both.retainAll(after);
                List<String> expected = before.stream().filter(both::contains).toList();
                List<String> seen = during.stream().filter(both::contains).toList();
                boolean keyed = during.stream().allMatch(key -> key.contains("\"id\""));
                if (!seen.equals(expected) || (keyed && new HashSet<>(during).size() != during.size())) {
                    mismatches.add(root.name() + (forward ? " forward" : " backward") + " by 2 pages while "
                            + "records were added and deprecated: of the records there before and after, expected\n  "
                            + expected + "\n  walked\n  " + during);
                }
                before = after;
            }
        }
        assertTrue(written[0] > 0, "no writes happened between page reads");
        report();
    }

    private String claim(String source) {
        return GraphQL.postAsCurator(
                "mutation($input: ClaimValues!) { addClaim(input: $input) { id } }",
                Map.of("input", Curate.input(source, "Zed copies its own assistant", "kind", "ALLEGATION",
                        "text", "Differential claim " + random.nextInt(1_000_000))))
                .extract().path("data.addClaim.id");
    }

    private List<Field> rootConnections() {
        return schema.types().get(schema.queryType()).fields().stream()
                .filter(f -> schema.connection(f.type()) && f.args().stream().noneMatch(a -> a.type().nonNull()))
                .toList();
    }

    /** The default order, then every field and direction the list's {@code orderBy} names, each with ranks ALL. */
    private List<Map<String, Object>> orders(Field root) {
        List<Map<String, Object>> orders = new ArrayList<>();
        orders.add(Map.of());
        Arg orderBy = root.arg("orderBy");
        if (orderBy != null) {
            Type input = schema.type(orderBy.type());
            for (String field : schema.type(input.inputFields().stream().filter(f -> f.name().equals("field"))
                    .findFirst().orElseThrow().type()).enumValues()) {
                for (String direction : List.of("ASC", "DESC")) {
                    orders.add(Map.of("orderBy", Map.of("field", new EnumValue(field),
                            "direction", new EnumValue(direction))));
                }
            }
        }
        if (root.arg("ranks") != null) {
            orders.add(Map.of("ranks", new EnumValue("ALL")));
        }
        return orders;
    }

    /**
     * The keys of a connection's records, page by page; null if the first page is refused. {@code between} runs
     * before every page after the first.
     */
    private List<String> walk(Field root, Map<String, Object> order, int size, boolean forward, Runnable between) {
        Ref node = nodeOf(root.type());
        String keys = leaves(schema.type(node), Set.of("id")).isEmpty() ? selection(node, 1) : "{ __typename id }";
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            if (page > 0 && between != null) {
                between.run();
            }
            Map<String, Object> args = new LinkedHashMap<>(order);
            args.put(forward ? "first" : "last", size);
            if (cursor != null) {
                args.put(forward ? "after" : "before", cursor);
            }
            String document = "{ x: " + root.name() + literals(args)
                    + " { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node " + keys
                    + " } } }";
            JsonNode answer = post(document, null, null);
            JsonNode x = answer.path("data").path("x");
            if (x.isMissingNode() || x.isNull()) {
                if (page == 0) {
                    return null;
                }
                mismatches.add("a page was refused mid-walk: " + document + "\n  " + answer);
                return seen;
            }
            List<String> items = new ArrayList<>();
            x.get("edges").forEach(edge -> items.add(edge.get("node").toString()));
            if (forward) {
                seen.addAll(items);
            } else {
                seen.addAll(0, items);
            }
            JsonNode info = x.get("pageInfo");
            boolean more = forward ? info.get("hasNextPage").asBoolean() : info.get("hasPreviousPage").asBoolean();
            if (!more || items.isEmpty()) {
                return seen;
            }
            cursor = info.get(forward ? "endCursor" : "startCursor").asText();
        }
        mismatches.add(root.name() + literals(order) + ": more than 1,000 pages");
        return seen;
    }

    private void check(Field root, Map<String, Object> order, String how, List<String> all, List<String> paged) {
        if (!all.equals(paged)) {
            mismatches.add(root.name() + literals(order) + ": walked " + how + " gives\n  " + paged
                    + "\n  pages of 100 give\n  " + all);
        }
    }

    // ---------------------------------------------------------------- reaching every type from the root

    /** How a document reaches a type: text opening and closing the selections down to it. */
    private record Path(String open, String close, int depth) {
        String wrap(String selection) {
            return "{" + open + selection + " __typename" + close + "}";
        }

        String wrapOperation(String name, String definitions, String selection) {
            return "query " + name + definitions + " " + wrap(selection);
        }
    }

    /**
     * A path to every object type, breadth first from the root: through lists and connections where the schema
     * offers them (so that batched fields see several parents), lookups by a known name or id, interfaces by
     * fragments. Only paths that reach at least one record are kept.
     */
    private Map<String, Path> reach() {
        Map<String, Path> reach = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        reach.put(schema.queryType(), new Path("", "", 0));
        queue.add(schema.queryType());
        while (!queue.isEmpty()) {
            String name = queue.poll();
            Path from = reach.get(name);
            if (from.depth >= 4) {
                continue;
            }
            List<Field> fields = new ArrayList<>(schema.types().get(name).fields());
            fields.sort((a, b) -> Boolean.compare(!(a.type().list() || schema.connection(a.type())),
                    !(b.type().list() || schema.connection(b.type()))));
            for (Field field : fields) {
                Type target = schema.type(field.type());
                if (!target.composite() || field.name().equals("node") || field.name().equals("nodes")) {
                    continue;
                }
                Map<String, Object> args = reachingArguments(field);
                if (args == null) {
                    continue;
                }
                String open = " zr" + from.depth + ": " + field.name() + literals(args) + " {";
                String close = " }";
                Type through = target;
                if (schema.connection(field.type())) {
                    open += " nodes {";
                    close += " }";
                    through = schema.type(nodeOf(field.type()));
                }
                List<Type> concrete = through.kind().equals("OBJECT") ? List.of(through)
                        : through.possibleTypes().stream().map(schema.types()::get).toList();
                for (Type type : concrete) {
                    if (reach.containsKey(type.name())) {
                        continue;
                    }
                    String fragment = through.kind().equals("OBJECT") ? "" : " ... on " + type.name() + " {";
                    Path path = new Path(from.open + open + fragment, (fragment.isEmpty() ? "" : " }") + close
                            + from.close, from.depth + 1);
                    if (reaches(path, type.name())) {
                        reach.put(type.name(), path);
                        queue.add(type.name());
                    }
                }
            }
        }
        return reach;
    }

    private boolean reaches(Path path, String type) {
        return post(path.wrap(""), null, null).path("data").toString().contains("\"__typename\":\"" + type + "\"");
    }

    /** Arguments to go through a field: a few items of a list, a lookup by a known name; null if it cannot. */
    private Map<String, Object> reachingArguments(Field field) {
        Map<String, Object> args = new LinkedHashMap<>();
        String target = schema.type(field.type()).name();
        for (Arg arg : field.args()) {
            String named = arg.type().named().name();
            if (arg.name().equals("first")) {
                args.put("first", 3);
            } else if (!field.type().list() && !schema.connection(field.type())
                    && (arg.name().equals("name") || arg.name().equals("title")) && namesByType.containsKey(target)) {
                args.put(arg.name(), namesByType.get(target).get(0));
            } else if (arg.type().nonNull()) {
                List<Object> candidates = candidates(field, arg);
                if (candidates.isEmpty()) {
                    return null;
                }
                args.put(arg.name(), candidates.get(0));
            } else if (named.equals("ID") && arg.name().equals("id") && !field.type().list()) {
                continue; // looked up by name instead
            }
        }
        return args;
    }

    // ---------------------------------------------------------------- argument values

    /** Up to {@code n} different sets of arguments for a field: every required one, a random choice of the others. */
    private List<Map<String, Object>> argumentSets(Field field, int n) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int attempt = 0; attempt < 20 * n && sets.size() < n; attempt++) {
            Map<String, Object> set = new LinkedHashMap<>();
            for (Arg arg : field.args()) {
                List<Object> candidates = candidates(field, arg);
                if (!candidates.isEmpty() && (arg.type().nonNull() || random.nextInt(3) > 0)) {
                    set.put(arg.name(), candidates.get(random.nextInt(candidates.size())));
                }
            }
            if (!sets.isEmpty() && field.arg("ranks") != null) {
                // one request asks for one rank selection (a second is refused with BAD_USER_INPUT)
                set.remove("ranks");
                if (sets.get(0).containsKey("ranks")) {
                    set.put("ranks", sets.get(0).get("ranks"));
                }
            }
            if (!sets.contains(set)) {
                sets.add(set);
            }
        }
        return sets;
    }

    private List<Object> candidates(Field field, Arg arg) {
        List<Object> values = candidates(field, arg.name(), arg.type().nonNull() ? arg.type().of() : arg.type());
        return values;
    }

    private List<Object> candidates(Field field, String name, Ref ref) {
        if (ref.kind().equals("NON_NULL")) {
            return candidates(field, name, ref.of());
        }
        if (ref.kind().equals("LIST")) {
            List<Object> one = candidates(field, name, ref.of());
            List<Object> lists = new ArrayList<>();
            for (int i = 0; i < 3 && !one.isEmpty(); i++) {
                List<Object> list = new ArrayList<>();
                for (int k = 0; k <= i % 2; k++) {
                    list.add(one.get(random.nextInt(one.size())));
                }
                lists.add(list);
            }
            return lists;
        }
        Type type = schema.types().get(ref.name());
        String target = schema.type(field.type()).name();
        List<Object> values = new ArrayList<>();
        switch (type.kind()) {
            case "ENUM" -> type.enumValues().forEach(v -> values.add(new EnumValue(v)));
            case "INPUT_OBJECT" -> {
                for (int i = 0; i < 3; i++) {
                    Map<String, Object> input = new LinkedHashMap<>();
                    for (Arg inner : type.inputFields()) {
                        List<Object> innerValues = candidates(field, inner.name(), inner.type());
                        if (!innerValues.isEmpty() && (inner.type().nonNull() || random.nextBoolean())) {
                            input.put(inner.name(), innerValues.get(random.nextInt(innerValues.size())));
                        }
                    }
                    values.add(input);
                }
            }
            default -> values.addAll(scalars(type.name(), name, target));
        }
        return values;
    }

    private List<Object> scalars(String scalar, String name, String target) {
        List<Object> values = new ArrayList<>();
        switch (scalar) {
            case "Int", "BigInteger", "Long" -> values.addAll(name.equals("first") || name.equals("last")
                    ? List.of(0, 1, 2, 3, 100) : List.of(0, 1, 2, 5));
            case "Float", "BigDecimal" -> values.addAll(List.of(0.5, 1, 1000));
            case "Boolean" -> values.addAll(List.of(true, false));
            case "Date" -> values.addAll(DATES);
            case "DateTime" -> values.addAll(List.of("2023-07-06T00:00:00Z", "2024-06-15T12:00:00Z"));
            case "ID" -> {
                values.addAll(sample(idsByType.getOrDefault(target, List.of()), 4));
                values.addAll(sample(idsByType.values().stream().flatMap(List::stream).toList(), 2));
            }
            default -> {
                if (name.equals("after") || name.equals("before")) {
                    values.addAll(sample(cursors, 3));
                } else {
                    values.addAll(sample(namesByType.getOrDefault(target, List.of()), 3));
                    values.addAll(sample(namesByType.values().stream().flatMap(List::stream).toList(), 2));
                    values.addAll(sample(AWKWARD, 4));
                }
            }
        }
        return values;
    }

    private List<Object> sample(List<String> from, int n) {
        List<Object> picked = new ArrayList<>();
        for (int i = 0; i < n && !from.isEmpty(); i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    // ---------------------------------------------------------------- documents

    private String literals(Map<String, Object> args) {
        if (args.isEmpty()) {
            return "";
        }
        return args.entrySet().stream().map(e -> e.getKey() + ": " + literal(e.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String literal(Object value) {
        if (value instanceof EnumValue e) {
            return e.name;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DifferentialTest::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof String s) {
            return JsonNodeFactory.instance.textNode(s).toString();
        }
        return String.valueOf(value);
    }

    private static String variableDefinitions(Field field, Map<String, Object> args) {
        return args.isEmpty() ? "" : args.keySet().stream().map(name -> "$" + name + ": "
                + field.arg(name).type().written()).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String variableUses(Map<String, Object> args) {
        return args.isEmpty() ? "" : args.keySet().stream().map(name -> name + ": $" + name)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static ObjectNode variables(Map<String, Object> args) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        args.forEach((name, value) -> node.set(name, json(value)));
        return node;
    }

    private static JsonNode json(Object value) {
        if (value instanceof EnumValue e) {
            return JsonNodeFactory.instance.textNode(e.name);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            list.forEach(v -> array.add(json(v)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            map.forEach((k, v) -> object.set((String) k, json(v)));
            return object;
        }
        return JSON.valueToTree(value);
    }

    /** What to ask of a field's value: its plain fields, one level of objects below, a connection's pages. */
    private String selection(Ref ref, int depth) {
        Type type = schema.type(ref);
        if (!type.composite()) {
            return "";
        }
        if (schema.connection(ref)) {
            String total = type.field("totalCount") != null ? " totalCount" : "";
            return " {" + total + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node"
                    + selection(nodeOf(ref), depth + 1) + " } }";
        }
        StringBuilder selection = new StringBuilder(" { __typename");
        if (type.kind().equals("UNION")) {
            return selection.append(" }").toString();
        }
        selection.append(leaves(type, null));
        if (depth == 0) {
            for (Field field : type.fields()) {
                Type inner = schema.type(field.type());
                if (field.args().isEmpty() && inner.composite() && !schema.connection(field.type())) {
                    selection.append(' ').append(field.name()).append(" { __typename")
                            .append(leaves(inner, Set.of("id", "name", "title", "value", "kind"))).append(" }");
                }
            }
        }
        return selection.append(" }").toString();
    }

    /** The type's scalar and enum fields without arguments (of {@code only}, if given). */
    private String leaves(Type type, Set<String> only) {
        StringBuilder leaves = new StringBuilder();
        for (Field field : type.fields()) {
            if (field.args().isEmpty() && !schema.type(field.type()).composite()
                    && (only == null || only.contains(field.name()))) {
                leaves.append(' ').append(field.name());
            }
        }
        return leaves.toString();
    }

    private Ref nodeOf(Ref connection) {
        Ref edges = schema.type(connection).field("edges").type();
        return schema.type(edges).field("node").type();
    }

    // ---------------------------------------------------------------- requests and comparisons

    private static JsonNode post(String document, ObjectNode variables, String operationName) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", document);
        if (variables != null) {
            body.set("variables", variables);
        }
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        return answer(given().contentType("application/json").accept("application/json").body(body.toString())
                .post("/graphql"));
    }

    private static JsonNode get(String document, ObjectNode variables, String operationName) {
        String url = "/graphql?query=" + encode(document)
                + (variables == null ? "" : "&variables=" + encode(variables.toString()))
                + (operationName == null ? "" : "&operationName=" + encode(operationName));
        return answer(given().urlEncodingEnabled(false).accept("application/json").get(url));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The status and the body, so that two answers compare whole. */
    private static JsonNode answer(Response response) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("status", response.statusCode());
        try {
            answer.set("body", JSON.readTree(response.asString()));
        } catch (Exception notJson) {
            answer.put("body", response.asString());
        }
        return answer.get("body").isObject() ? withStatus((ObjectNode) answer.get("body"), response.statusCode())
                : answer;
    }

    private static JsonNode withStatus(ObjectNode body, int status) {
        return body.put("httpStatus", status);
    }

    /** The errors of one alias: message and path. */
    private static Set<String> errorsOf(JsonNode answer, String alias) {
        Set<String> errors = new HashSet<>();
        for (JsonNode error : answer.path("errors")) {
            boolean mine = false;
            for (JsonNode step : error.path("path")) {
                mine |= step.asText().equals(alias);
            }
            if (mine) {
                errors.add(error.path("message").asText() + " at " + error.path("path"));
            }
        }
        return errors;
    }

    /** Whether an alias other than this one has an error in the answer. */
    private static boolean othersFailed(JsonNode answer, String alias, int aliases) {
        for (JsonNode error : answer.path("errors")) {
            for (JsonNode step : error.path("path")) {
                if (step.asText().matches("zz[0-9]+") && !step.asText().equals(alias)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A combined answer as if only {@code alias} (of zz0..zzN) had been asked: the others and their errors out. */
    private static JsonNode only(JsonNode answer, String alias, int aliases) {
        JsonNode copy = answer.deepCopy();
        Set<String> others = new HashSet<>();
        for (int i = 0; i < aliases; i++) {
            others.add("zz" + i);
        }
        others.remove(alias);
        strip(copy.path("data"), others);
        if (copy.has("errors")) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (JsonNode error : copy.get("errors")) {
                boolean other = false;
                for (JsonNode step : error.path("path")) {
                    other |= others.contains(step.asText());
                }
                if (!other) {
                    kept.add(error);
                }
            }
            if (kept.isEmpty()) {
                ((ObjectNode) copy).remove("errors");
            } else {
                ((ObjectNode) copy).set("errors", kept);
            }
        }
        return copy;
    }

    private static void strip(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                if (keys.contains(names.next())) {
                    names.remove();
                }
            }
            node.forEach(child -> strip(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> strip(child, keys));
        }
    }

    private void same(String what, String document, JsonNode expected, JsonNode actual) {
        JsonNode a = comparable(expected);
        JsonNode b = comparable(actual);
        if (!a.equals(b)) {
            mismatches.add(what + "\n  " + document + "\n  one:   " + a + "\n  other: " + b);
        }
    }

    /** Errors compared by message, code and path; locations differ between two documents by construction. */
    private static JsonNode comparable(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        for (JsonNode error : copy.path("errors")) {
            ((ObjectNode) error).remove("locations");
            if (error.has("extensions")) {
                ((ObjectNode) error.get("extensions")).remove("errorId");
            }
        }
        return copy;
    }

    private void report() {
        if (!mismatches.isEmpty()) {
            Map<String, Long> kinds = mismatches.stream().collect(Collectors.groupingBy(
                    m -> m.lines().findFirst().orElse("").replaceAll("zz[0-9]+", "zz"), LinkedHashMap::new,
                    Collectors.counting()));
            List<String> shown = mismatches.size() > 30 ? mismatches.subList(0, 30) : mismatches;
            fail(mismatches.size() + " answers differ (seed " + SEED + ", replay with -Ddifferential.seed=" + SEED
                    + "):\n" + kinds.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey())
                            .collect(Collectors.joining("\n")) + "\n\n" + String.join("\n\n", shown));
        }
    }
}
