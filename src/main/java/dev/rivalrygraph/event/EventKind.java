package dev.rivalrygraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import java.util.EnumSet;
import java.util.Set;

@Enum("EventKind")
@Description("What kind of happening an event is.")
public enum EventKind {
    @Description("A product goes public.") LAUNCH,
    @Description("A new version or an open release.") RELEASE,
    ANNOUNCEMENT, LAWSUIT, OFFER,
    @Description("A dare or public challenge (the cage fight).") CHALLENGE,
    POLICY_CHANGE, INVESTIGATION, LOBBYING,
    @Description("A media report that is itself news.") REPORT,
    @Description("Work under way, not yet public.") DEVELOPMENT,
    @Description("Declining to comment, or not answering a request for comment.") NO_COMMENT;

    /** The kinds that put a product on the market. */
    public static final Set<EventKind> LAUNCHES = EnumSet.of(LAUNCH, RELEASE);
}
