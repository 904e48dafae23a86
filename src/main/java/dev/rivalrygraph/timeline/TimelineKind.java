package dev.rivalrygraph.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineKind")
@Description("What a timeline entry records.")
public enum TimelineKind {
    @Description("A product launch or release.") LAUNCH,
    @Description("Any other event.") EVENT,
    @Description("Something said or asserted.") CLAIM,
    @Description("A user figure.") METRIC,
    @Description("Money invested, offered or planned.") INVESTMENT
}
