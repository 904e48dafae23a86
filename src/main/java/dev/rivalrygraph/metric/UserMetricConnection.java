package dev.rivalrygraph.metric;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of user figures, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class UserMetricConnection extends Connection<UserMetric, UserMetricConnection.UserMetricEdge> {

    public UserMetricConnection(Slice<UserMetric> slice) {
        super(slice, UserMetricEdge::new);
    }

    @Description("One of user figures in a page, with its cursor.")
    public static class UserMetricEdge extends Edge<UserMetric> {
        UserMetricEdge(String cursor, UserMetric node) {
            super(cursor, node);
        }
    }
}
