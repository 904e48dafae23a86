package dev.rivalrygraph.filter;

import dev.rivalrygraph.fact.BadUserInputException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;

import java.util.Map;

@Input("Order")
@Description("How to order a list: by which field, in which direction. Ties are broken by id, so pages are stable.")
public class Order {

    @Description("The field to order by; each list says which it offers.")
    public OrderField field;

    @Description("ASC (the default) or DESC.")
    public Direction direction;

    @Enum("OrderField")
    @Description("What a list can be ordered by.")
    public enum OrderField {
        @Description("Alphabetically by name or title.") NAME,
        @Description("By date (undated records last).") DATE,
        @Description("By amount or figure (for investments and user metrics).") VALUE
    }

    @Enum("Direction")
    @Description("Ascending or descending.")
    public enum Direction {
        @Description("Smallest, earliest or A first.") ASC,
        @Description("Largest, latest or Z first.") DESC
    }

    /**
     * The ORDER BY clause for {@code order} among the {@code columns} a list offers, or its default when no order
     * is asked for; an order the list does not offer is a client error.
     */
    public static String clause(Order order, Map<OrderField, String> columns, String defaultClause, String idColumn)
            throws BadUserInputException {
        if (order == null || order.field == null) {
            return defaultClause;
        }
        String column = columns.get(order.field);
        if (column == null) {
            throw new BadUserInputException("This list cannot be ordered by " + order.field + "; it offers "
                    + columns.keySet() + ".");
        }
        String direction = order.direction == Direction.DESC ? " desc" : " asc";
        return column + direction + (order.field == OrderField.NAME ? "" : " nulls last") + ", " + idColumn + direction;
    }
}
