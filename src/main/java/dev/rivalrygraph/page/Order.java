package dev.rivalrygraph.page;

import dev.rivalrygraph.error.BadUserInputException;
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
     * The orders a list offers: the sort key of each field, the field it is ordered by when no order is asked for
     * (ascending), and the key that breaks ties (the id, in the same direction).
     *
     * @param list names the list in its cursors
     */
    public record Offered<T>(String list, Map<OrderField, Sort.Key<T>> fields, OrderField defaultField,
            Sort.Key<T> id) {

        /** The order asked for; an order the list does not offer is a client error. */
        public Sort<T> sort(Order order) throws BadUserInputException {
            if (order == null || order.field == null) {
                return byDefault();
            }
            Sort.Key<T> key = fields.get(order.field);
            if (key == null) {
                throw new BadUserInputException("This list cannot be ordered by " + order.field + "; it offers "
                        + fields.keySet() + ".");
            }
            Sort<T> sort = Sort.by(list + "/" + order.field, key, id);
            return order.direction == Direction.DESC ? sort.descending() : sort;
        }

        /** The list's order when none is asked for. */
        public Sort<T> byDefault() {
            return Sort.by(list + "/" + defaultField, fields.get(defaultField), id);
        }
    }
}
