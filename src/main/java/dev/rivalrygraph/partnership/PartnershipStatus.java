package dev.rivalrygraph.partnership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PartnershipStatus")
@Description("Where a partnership stands, as of its source.")
public enum PartnershipStatus {
    @Description("Discussions held, no agreement reported.") TALKS,
    @Description("Agreed, or working together.") AGREED,
    @Description("Over.") ENDED
}
