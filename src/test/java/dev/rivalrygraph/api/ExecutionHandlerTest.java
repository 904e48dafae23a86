package dev.rivalrygraph.api;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The streaming writer answers byte for byte as SmallRye's writer would. */
@QuarkusTest
class ExecutionHandlerTest {

    private enum Kind { ALLEGATION }

    @Test
    void anAnswerIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", "\"quoted\", back\\slash, new\nline, tab\t, bell\u0007, slash /, é, – and 😀");
        item.put("count", 42);
        item.put("users", 3_000_000_000L);
        item.put("share", 0.25);
        item.put("amount", new BigDecimal("13000000000.50"));
        item.put("huge", new BigInteger("123456789012345678901234567890"));
        item.put("cited", true);
        item.put("region", null);
        item.put("kind", Kind.ALLEGATION);
        item.put("empty", List.of());
        item.put("launchedOn", LocalDate.of(2023, 7, 5));
        item.put("bc", LocalDate.of(-44, 3, 15));
        item.put("far", LocalDate.of(12345, 1, 2));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claims", new ArrayList<>(Arrays.asList(item, null, Map.of("nested", List.of(List.of(1, 2))))));
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(data).build();

        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(),
                ExecutionHandler.answer(new ExecutionResponse(result)).toString());
    }

    @Test
    void anAnswerWithErrorsIsLeftToSmallRye() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("person", Map.of("name", "Elon Musk")))
                .addError(GraphqlErrorBuilder.newError().message("No such source")
                        .extensions(Map.of("code", "NOT_FOUND")).build())
                .build();

        String answer = ExecutionHandler.answer(new ExecutionResponse(result)).toString();
        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(), answer);
        assertEquals(true, answer.startsWith("{\"errors\":[{\"message\":\"No such source\""), answer);
    }
}
