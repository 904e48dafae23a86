package dev.rivalrygraph.role;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import java.util.EnumSet;
import java.util.Set;

@Enum("RoleKind")
@Description("The kind of position a person holds in an organization; `Role.title` keeps the source's wording.")
public enum RoleKind {
    CEO, CTO,
    @Description("Head of the organization under another title ('chief', 'boss').") CHIEF,
    CHAIRMAN, FOUNDER, CO_FOUNDER, OWNER,
    @Description("Holds shares without being called the owner.") SHAREHOLDER,
    RESEARCHER, ANALYST;

    /** The roles that make an organization one of a person's companies: they lead it, founded it or own it. */
    public static final Set<RoleKind> COMPANY_ROLES =
            EnumSet.of(CEO, CHIEF, CHAIRMAN, FOUNDER, CO_FOUNDER, OWNER, SHAREHOLDER);
}
