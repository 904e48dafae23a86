package dev.rivalrygraph.api;

import dev.rivalrygraph.GraphQL;
import dev.rivalrygraph.api.Introspected.Field;
import dev.rivalrygraph.api.Introspected.Type;
import dev.rivalrygraph.curation.Curate;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.rivalrygraph.api.ResponseCacheTest.EXCERPT;
import static dev.rivalrygraph.api.ResponseCacheTest.UPDATE_PERSON;
import static dev.rivalrygraph.api.ResponseCacheTest.fresh;
import static dev.rivalrygraph.api.ResponseCacheTest.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A property over every root query field that needs no argument, with a selection generated from the schema (so a
 * field added later is covered): asked twice, the second answer (from the cache) is the first's bytes; after a
 * write, the answer is the bytes of a fresh execution of the same request.
 */
@QuarkusTest
class CachedAnswersDifferentialTest {

    private static final int LEAVES = 8;
    private static final int BRANCHES = 4;

    private Introspected schema;

    @Test
    void cachedAnswersEqualFreshOnesBeforeAndAfterAWrite() throws IOException {
        schema = Introspected.of(new ObjectMapper().readTree(post(Introspected.QUERY, Map.of())).get("data"));
        List<String> documents = new ArrayList<>();
        for (Field root : schema.types().get(schema.queryType()).fields()) {
            if (root.args().stream().noneMatch(a -> a.type().nonNull())) {
                documents.add("{ " + root.name() + selection(schema.type(root.type()), 0) + " }");
            }
        }
        List<String> mismatches = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        for (String document : documents) {
            byte[] first = post(document, Map.of());
            if (hasErrors(first)) {
                continue;
            }
            compared.add(document);
            if (!java.util.Arrays.equals(first, post(document, Map.of()))) {
                mismatches.add("repeated: " + document);
            }
        }
        String source = Curate.source();
        String name = "Cache Differential " + UUID.randomUUID();
        String id = Curate.personId(source, name);
        GraphQL.postAsCurator(UPDATE_PERSON, Map.of("id", id, "v", 0,
                "input", Curate.input(source, EXCERPT, "name", name + " renamed"))).body("errors", nullValue());
        for (String document : compared) {
            byte[] cached = post(document, Map.of());
            if (!java.util.Arrays.equals(cached, fresh(document, Map.of()))) {
                mismatches.add("after a write: " + document);
            }
        }
        assertThat(compared.size(), greaterThanOrEqualTo(5));
        assertThat(mismatches, empty());
    }

    private static boolean hasErrors(byte[] answer) {
        return new String(answer, StandardCharsets.UTF_8).contains("\"errors\"");
    }

    /** Leaves without required arguments, and at the first two levels some branches; {@code ""} for a leaf type. */
    private String selection(Type type, int depth) {
        if (!type.composite()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" { __typename");
        int leaves = 0;
        int branches = 0;
        for (Field field : type.fields() == null ? List.<Field>of() : type.fields()) {
            if (field.args().stream().anyMatch(a -> a.type().nonNull())) {
                continue;
            }
            Type inner = schema.type(field.type());
            if (!inner.composite() && leaves++ < LEAVES) {
                out.append(' ').append(field.name());
            } else if (inner.composite() && depth < 2 && branches++ < BRANCHES) {
                out.append(' ').append(field.name()).append(selection(inner, depth + 1));
            }
        }
        return out.append(" }").toString();
    }
}
