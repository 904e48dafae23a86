package dev.rivalrygraph.fact;

import dev.rivalrygraph.error.BadUserInputException;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The rank rule, "show the best values", as a value: every query that reads records states it for each record it
 * reads, as JPQL ({@link #jpql}) or native SQL ({@link #sql}). The two selections are two query texts, each
 * translated once and cached by Hibernate. Loads by id state nothing: they find a record whatever its rank.
 */
@Enum("RankSelection")
@Description("Which records a request sees. Set on root fields; every root field of one request must agree, and "
        + "the choice holds for everything nested below them.")
public enum RankSelection {
    @Description("The best values (the default): no DEPRECATED records, and no NORMAL record whose every statement "
            + "has a PREFERRED value from another record.")
    BEST,
    @Description("Every record, whatever its rank: to review deprecated and outranked records.")
    ALL;

    public static final String DESCRIPTION = "Which records to show: the best values (BEST, the default) or ALL, "
            + "deprecated and outranked included. Applies to everything nested below this field.";

    /** The rule for the record {@code alias} names in a JPQL query ("" for a query without alias). */
    public String jpql(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return this == ALL ? "" : " and " + prefix + "rank <> dev.rivalrygraph.fact.Rank.DEPRECATED and " + prefix
                + "superseded = false";
    }

    /** The rule for the {@code fact} table row {@code alias} names in a native SQL query. */
    public String sql(String alias) {
        return this == ALL ? "" : " and " + alias + ".fact_rank <> 'DEPRECATED' and " + alias + ".superseded = false";
    }

    /**
     * The selection of the request: read once from the root fields' {@code ranks} argument (by
     * {@code api.ApiInstrumentation}, before any resolver runs), BEST when no root field takes one (mutations).
     * Resolvers hand {@link #rule()} to their queries.
     */
    @RequestScoped
    public static class Chosen {

        private RankSelection chosen;
        private String chosenBy;

        /** A root field's selection; every root field of a request must ask for the same. */
        public void choose(RankSelection selection, String field) throws BadUserInputException {
            RankSelection asked = selection == null ? BEST : selection;
            if (chosen != null && chosen != asked) {
                throw new BadUserInputException("This `" + field + "` asks for ranks " + asked
                        + " but an earlier root field, `" + chosenBy + "`, asked for " + chosen
                        + ": give every root field of a request the same `ranks`.");
            }
            if (chosen == null) {
                chosen = asked;
                chosenBy = field;
            }
        }

        /** Forgets the selection: a WebSocket connection runs many operations in one request context. */
        public void reset() {
            chosen = null;
            chosenBy = null;
        }

        /** The rule every query of this request states; subscriptions take no selection and see the best values. */
        public RankSelection rule() {
            if (chosen == null || chosen == BEST) {
                return BEST;
            }
            SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
            return context != null && "subscription".equalsIgnoreCase(context.getOperationType()) ? BEST : chosen;
        }
    }
}
