package dev.rivalrygraph.timeline;

import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;

@Type("TimelineEntry")
@Description("One dated record on a timeline.")
public class TimelineEntry {

    @Description("When, to `precision`; null for undated records, which come last.")
    public final LocalDate date;

    @Description("How precisely `date` is known.")
    public final DatePrecision precision;

    @NonNull
    @Description("What the entry records.")
    public final TimelineKind kind;

    @NonNull
    @Description("The record in a line.")
    public final String summary;

    @NonNull
    @Description("The record itself, with its citations; ask for its fields with `... on Event { ... }`.")
    public final Node node;

    TimelineEntry(LocalDate date, DatePrecision precision, TimelineKind kind, String summary, Node node) {
        this.date = date;
        this.precision = precision;
        this.kind = kind;
        this.summary = summary;
        this.node = node;
    }
}
