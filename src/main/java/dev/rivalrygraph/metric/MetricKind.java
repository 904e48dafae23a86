package dev.rivalrygraph.metric;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MetricKind")
@Description("What a user metric counts.")
public enum MetricKind {
    @Description("Daily active users.") DAU,
    @Description("Monthly active users.") MAU,
    @Description("Accounts signed up ('subscribers' in some translations).") SIGN_UPS,
    @Description("A position in a ranked list; `note` names the list.") RANKING,
    @Description("People who use it, with no period given ('used by hundreds of millions').") USERS
}
