package dev.rivalrygraph.api;

import graphql.GraphQLError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bean Validation's refusals of an input, as clients read them: code BAD_USER_INPUT, the message naming each field
 * ("input.citations[0].excerpt: must not be blank"), {@code field} the first of them and {@code violations} all of
 * them. SmallRye's own form names Java classes and echoes the rejected values, which may be long; this does not.
 */
final class Violations {

    private Violations() {
    }

    static GraphQLError badUserInput(GraphQLError error) {
        List<Map<String, Object>> violations = new ArrayList<>();
        Object raw = error.getExtensions() == null ? null : error.getExtensions().get("violations");
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> violation = (Map<?, ?>) item;
                violations.add(Map.of("field", field((List<?>) violation.get("propertyPath")),
                        "message", String.valueOf(violation.get("message"))));
            }
        }
        violations.sort(Comparator.comparing(v -> (String) v.get("field")));
        String message = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        return ApiInstrumentation.recoded(error, "BAD_USER_INPUT", message.isEmpty() ? "Invalid input." : message,
                violations.isEmpty() ? Map.of() : Map.of("field", violations.get(0).get("field"),
                        "violations", violations));
    }

    /** ["addClaim", "input", "citations", "0", "excerpt"] is "input.citations[0].excerpt": the mutation's name goes. */
    private static String field(List<?> path) {
        StringBuilder field = new StringBuilder();
        for (Object node : path.subList(Math.min(1, path.size()), path.size())) {
            String name = String.valueOf(node);
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
