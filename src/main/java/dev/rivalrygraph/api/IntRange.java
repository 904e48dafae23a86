package dev.rivalrygraph.api;

import graphql.language.AstTransformer;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.language.NodeVisitorStub;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * GraphQL's Int is 32 bits. SmallRye GraphQL 2.17's Int coercion (Quarkus 3.34) wraps larger values silently
 * (2^64 + 1 becomes 1; reproduction: {@code { person(id: 18446744073709551617) { name } }} against an {@code Int}
 * argument answers record 1), so an out-of-range number could select someone else's record: every Int literal and
 * Int variable is checked here, before execution. {@code HostileRequestTest.integersOutsideIntAreRefusedNotWrapped}
 * guards it.
 */
final class IntRange {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private IntRange() {
    }

    /** A message for the first out-of-range Int in the document or its variables, or null. */
    static String problem(Document document, OperationDefinition operation, Map<String, Object> variables) {
        String[] found = new String[1];
        new AstTransformer().transform(document, new NodeVisitorStub() {
            @Override
            public TraversalControl visitIntValue(IntValue node, TraverserContext<graphql.language.Node> context) {
                if (found[0] == null && !fits(node.getValue())) {
                    found[0] = "The number " + shorten(node.getValue().toString()) + " is outside GraphQL's Int range ("
                            + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ").";
                }
                return TraversalControl.CONTINUE;
            }
        });
        if (found[0] != null) {
            return found[0];
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            Object value = variables.get(definition.getName());
            if (isInt(definition.getType()) && value instanceof Number number && !fits(number)) {
                return "Variable $" + definition.getName() + " is " + shorten(number.toString())
                        + ", outside GraphQL's Int range (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ").";
            }
        }
        return null;
    }

    private static boolean isInt(Type<?> type) {
        Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        return !(inner instanceof ListType) && inner instanceof TypeName name && name.getName().equals("Int");
    }

    private static boolean fits(Number number) {
        BigInteger value;
        if (number instanceof BigInteger big) {
            value = big;
        } else if (number instanceof BigDecimal decimal) {
            if (decimal.stripTrailingZeros().scale() > 0) {
                return false;
            }
            value = decimal.toBigInteger();
        } else {
            value = BigInteger.valueOf(number.longValue());
        }
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    private static String shorten(String digits) {
        return digits.length() > 24 ? digits.substring(0, 20) + "…(" + digits.length() + " digits)" : digits;
    }
}
