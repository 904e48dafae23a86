package dev.rivalrygraph.page;

import dev.rivalrygraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every root list, in every order it offers: walked with small pages forward (first/after) and backward
 * (last/before), it gives exactly the items of one large page, in the same order, with exact hasNextPage and
 * hasPreviousPage on every page and totalCount equal to what was walked.
 */
@QuarkusTest
class ConnectionWalkTest {

    /** A root list: its field with any fixed arguments, the orders it offers, and what identifies an item. */
    private record Listed(String field, List<String> orders, String item) {
    }

    private static final List<Listed> LISTS = List.of(
            new Listed("claims", List.of("DATE"), "id"),
            new Listed("people", List.of("NAME"), "id"),
            new Listed("rivalries", List.of("NAME"), "id"),
            new Listed("sources", List.of("DATE", "NAME"), "id"),
            new Listed("events", List.of("DATE", "NAME"), "id"),
            new Listed("products", List.of("NAME"), "id"),
            new Listed("organizations", List.of("NAME"), "id"),
            new Listed("partnerships", List.of("DATE"), "id"),
            new Listed("investments", List.of("DATE", "VALUE"), "id"),
            new Listed("conflicts", List.of(), "subject { id } property qualifier"),
            new Listed("conflicts(ranks: ALL)", List.of(), "subject { id } property qualifier"),
            new Listed("claims(ranks: ALL)", List.of("DATE"), "id"));

    @Test
    void smallPagesForwardAndBackwardGiveTheLargePage() {
        for (Listed list : LISTS) {
            List<String> orders = new ArrayList<>();
            orders.add(null);
            for (String field : list.orders()) {
                // the first field offered is the default order, walked above with no orderBy
                if (!field.equals(list.orders().get(0))) {
                    orders.add("{field: " + field + ", direction: ASC}");
                }
                orders.add("{field: " + field + ", direction: DESC}");
            }
            for (String order : orders) {
                walk(list.field(), order, list.item());
            }
        }
    }

    @Test
    void aTimelineWalksLikeItsLargePage() {
        String openAi = GraphQL.idOf("organization(name: \"OpenAI\")");
        walk("timeline(subject: \"" + openAi + "\")", null, "kind date node { id }");
    }

    @Test
    void nestedListsWalkLikeTheirLargePage() {
        String openAi = GraphQL.idOf("organization(name: \"OpenAI\")");
        for (String nested : List.of("claimsAboutConnection", "eventsConnection", "investmentsReceivedConnection")) {
            walk("organizationById: node(id: \"" + openAi + "\") { ... on Organization { list: " + nested, null,
                    "id", "data.organizationById.list", " } }");
        }
    }

    @Test
    void aCursorOfAnotherOrderOrListIsRefused() {
        String cursor = GraphQL.post("{ people(first: 1) { pageInfo { endCursor } } }")
                .body("errors", nullValue()).extract().path("data.people.pageInfo.endCursor");
        GraphQL.post("{ people(first: 1, after: \"" + cursor + "\", orderBy: {field: NAME, direction: DESC}) {"
                        + " edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("another list or another `orderBy`"));
        GraphQL.post("{ products(first: 1, after: \"" + cursor + "\") { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("another list or another `orderBy`"));
        GraphQL.post("{ people(first: 1, after: \"Y3Vyc29yOjI\") { edges { cursor } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("a cursor of an earlier version of this API"));
        for (String bad : List.of("not a cursor!", "", "AQ", cursor.substring(0, cursor.length() - 2))) {
            GraphQL.post("{ people(first: 1, before: \"" + bad + "\") { edges { cursor } } }")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("`before` is not a cursor of this list"));
        }
    }

    private static void walk(String field, String order, String item) {
        walk("list: " + field, order, item, "data.list", "");
    }

    /** Walks the list at {@code path} of the document {@code head (arguments) { ... } tail}. */
    private static void walk(String head, String order, String item, String path, String tail) {
        String context = head + (order == null ? "" : " " + order);
        // the reference: pages of 100, the most a page holds (one page for all but the longest lists)
        List<Object> all = new ArrayList<>();
        JsonPath large = page(head, order, item, "first: 100", tail);
        int total = large.getInt(path + ".totalCount");
        assertFalse(large.getBoolean(path + ".pageInfo.hasPreviousPage"), context);
        while (true) {
            all.addAll(large.getList(path + ".edges.node"));
            assertTrue(all.size() <= total, context + ": more items than totalCount");
            if (!large.getBoolean(path + ".pageInfo.hasNextPage")) {
                break;
            }
            large = page(head, order, item, "first: 100, after: \"" + large.getString(path + ".pageInfo.endCursor")
                    + "\"", tail);
        }
        assertEquals(all.size(), total, context + ": totalCount");

        List<Object> forward = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            JsonPath p = page(head, order, item, "first: 5" + (after == null ? "" : ", after: \"" + after + "\""),
                    tail);
            List<Object> nodes = p.getList(path + ".edges.node");
            forward.addAll(nodes);
            hasNext = p.getBoolean(path + ".pageInfo.hasNextPage");
            assertEquals(after != null && !all.isEmpty(), p.getBoolean(path + ".pageInfo.hasPreviousPage"),
                    context + " hasPreviousPage after " + forward.size());
            assertEquals(forward.size() < all.size(), hasNext, context + " hasNextPage at " + forward.size());
            after = p.getString(path + ".pageInfo.endCursor");
            assertTrue(forward.size() <= all.size(), context + ": walked past the end");
        }
        assertEquals(all, forward, context + " forward");

        List<Object> backward = new ArrayList<>();
        String before = null;
        boolean hasPrevious = true;
        while (hasPrevious) {
            JsonPath p = page(head, order, item, "last: 4" + (before == null ? "" : ", before: \"" + before + "\""),
                    tail);
            List<Object> nodes = new ArrayList<>(p.getList(path + ".edges.node"));
            Collections.reverse(nodes);
            backward.addAll(nodes);
            hasPrevious = p.getBoolean(path + ".pageInfo.hasPreviousPage");
            assertEquals(before != null && !all.isEmpty(), p.getBoolean(path + ".pageInfo.hasNextPage"),
                    context + " hasNextPage before " + backward.size());
            assertEquals(backward.size() < all.size(), hasPrevious, context + " hasPreviousPage at " + backward.size());
            before = p.getString(path + ".pageInfo.startCursor");
            assertTrue(backward.size() <= all.size(), context + ": walked past the start");
        }
        Collections.reverse(backward);
        assertEquals(all, backward, context + " backward");
        System.out.printf("walked %s: %d items%n", context, all.size());
    }

    private static JsonPath page(String head, String order, String item, String arguments, String tail) {
        String document = "{ " + head + "(" + arguments + (order == null ? "" : ", orderBy: " + order) + ") {"
                + " totalCount edges { cursor node { " + item + " } }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }" + tail + " }";
        // a field with fixed arguments of its own: merge the paging arguments into its list
        document = document.replace(")(", ", ");
        Map<String, String> none = new HashMap<>();
        return GraphQL.post(document, none).body("errors", nullValue()).extract().jsonPath();
    }
}
