package dev.rivalrygraph.timeline;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of timeline entries, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class TimelineEntryConnection extends Connection<TimelineEntry, TimelineEntryConnection.TimelineEntryEdge> {

    public TimelineEntryConnection(Slice<TimelineEntry> slice) {
        super(slice, TimelineEntryEdge::new);
    }

    @Description("One of timeline entries in a page, with its cursor.")
    public static class TimelineEntryEdge extends Edge<TimelineEntry> {
        TimelineEntryEdge(String cursor, TimelineEntry node) {
            super(cursor, node);
        }
    }
}
