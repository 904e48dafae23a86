package dev.rivalrygraph.investment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentKind")
@Description("What sort of money movement an investment is.")
public enum InvestmentKind {
    @Description("Money raised from investors in a round.") FUNDING_ROUND,
    @Description("A shareholding.") STAKE,
    @Description("A takeover that happened.") ACQUISITION,
    @Description("An offer to take over.") ACQUISITION_OFFER,
    @Description("Money announced or planned, not yet invested.") PLANNED_INVESTMENT,
    @Description("Money invested, otherwise unspecified.") INVESTMENT,
    @Description("Support from an investor of unstated form or size.") BACKING
}
