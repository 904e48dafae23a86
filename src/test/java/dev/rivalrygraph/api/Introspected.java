package dev.rivalrygraph.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema as introspection describes it: what the differential tests generate their questions from. */
record Introspected(String queryType, Map<String, Type> types) {

    static final String QUERY = """
            { __schema { queryType { name } types { kind name
                fields { name args { name type { ...T } } type { ...T } }
                inputFields { name type { ...T } }
                enumValues { name }
                possibleTypes { name } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

    /** A type reference: NON_NULL and LIST wrap a named type. */
    record Ref(String kind, String name, Ref of) {
        static Ref of(JsonNode node) {
            return node == null || node.isNull() ? null
                    : new Ref(node.get("kind").asText(), node.path("name").isNull() ? null : node.path("name").asText(),
                            of(node.get("ofType")));
        }

        boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        boolean list() {
            return kind.equals("LIST") || (nonNull() && of.list());
        }

        Ref named() {
            return name != null ? this : of.named();
        }

        /** The reference as written in a variable definition, e.g. {@code [ID!]!}. */
        String written() {
            return switch (kind) {
                case "NON_NULL" -> of.written() + "!";
                case "LIST" -> "[" + of.written() + "]";
                default -> name;
            };
        }
    }

    record Arg(String name, Ref type) {
    }

    record Field(String name, List<Arg> args, Ref type) {
        Arg arg(String argName) {
            return args.stream().filter(a -> a.name.equals(argName)).findFirst().orElse(null);
        }
    }

    record Type(String kind, String name, List<Field> fields, List<Arg> inputFields, List<String> enumValues,
            List<String> possibleTypes) {
        Field field(String fieldName) {
            return fields.stream().filter(f -> f.name.equals(fieldName)).findFirst().orElse(null);
        }

        boolean composite() {
            return kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION");
        }
    }

    static Introspected of(JsonNode data) {
        JsonNode schema = data.get("__schema");
        Map<String, Type> types = new LinkedHashMap<>();
        for (JsonNode type : schema.get("types")) {
            List<Field> fields = new ArrayList<>();
            for (JsonNode field : type.path("fields")) {
                fields.add(new Field(field.get("name").asText(), args(field.get("args")), Ref.of(field.get("type"))));
            }
            List<String> enumValues = new ArrayList<>();
            type.path("enumValues").forEach(value -> enumValues.add(value.get("name").asText()));
            List<String> possible = new ArrayList<>();
            type.path("possibleTypes").forEach(value -> possible.add(value.get("name").asText()));
            types.put(type.get("name").asText(), new Type(type.get("kind").asText(), type.get("name").asText(),
                    fields, args(type.get("inputFields")), enumValues, possible));
        }
        return new Introspected(schema.get("queryType").get("name").asText(), types);
    }

    private static List<Arg> args(JsonNode args) {
        List<Arg> list = new ArrayList<>();
        if (args != null) {
            args.forEach(arg -> list.add(new Arg(arg.get("name").asText(), Ref.of(arg.get("type")))));
        }
        return list;
    }

    Type type(Ref ref) {
        return types.get(ref.named().name());
    }

    /** A Relay connection type: it has edges and pageInfo. */
    boolean connection(Ref ref) {
        Type type = type(ref);
        return type.kind.equals("OBJECT") && type.field("edges") != null && type.field("pageInfo") != null;
    }
}
