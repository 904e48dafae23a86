package dev.rivalrygraph.event;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of events, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    public EventConnection(Slice<Event> slice) {
        super(slice, EventEdge::new);
    }

    @Description("One of events in a page, with its cursor.")
    public static class EventEdge extends Edge<Event> {
        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
