package dev.rivalrygraph.investment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentStatus")
@Description("Where an investment stands, as of its source.")
public enum InvestmentStatus {
    DONE, ONGOING, PROPOSED, PLANNED, REJECTED
}
