package dev.rivalrygraph.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganizationKind")
@Description("What sort of organization this is, as the sources describe it.")
public enum OrganizationKind {
    COMPANY, STARTUP, INVESTOR, VENTURE_FIRM, RESEARCH_LAB, UNIVERSITY, GOVERNMENT, REGULATOR, COURT, ANALYTICS_FIRM,
    MEDIA, FINANCIAL_FIRM
}
