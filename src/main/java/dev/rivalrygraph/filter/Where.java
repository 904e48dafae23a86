package dev.rivalrygraph.filter;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.RankSelection;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;
import java.util.Map;

/**
 * A JPQL condition built from optional filter arguments: fixed clauses, every value a bound parameter. Clauses
 * for absent arguments are left out, rather than written "(:p is null or ...)", which PostgreSQL cannot type.
 */
public final class Where {

    private final StringBuilder clauses = new StringBuilder();
    private final Parameters parameters = new Parameters();
    private final RankSelection ranks;
    private int next;

    /** Conditions on a query whose records are not ranked (sources, changes). */
    public Where() {
        this(RankSelection.ALL);
    }

    /** Conditions on a query of records: {@code ranks} holds for them, and for the aliases a name condition reads. */
    public Where(RankSelection ranks) {
        this.ranks = ranks;
        String rule = ranks.jpql("");
        if (!rule.isEmpty()) {
            append(rule.substring(" and ".length()));
        }
    }

    /** Adds {@code clause}, in which {@code ?} stands for {@code value}, unless the value is absent. */
    public Where and(String clause, Object value) {
        if (value != null) {
            String name = "p" + next++;
            append(clause.replace("?", ":" + name));
            parameters.and(name, value);
        }
        return this;
    }

    /** {@code column} contains {@code text}, ignoring case and accents. */
    public Where textContains(String column, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String name = "p" + next++;
        append(Text.folded(column) + " like :" + name + " escape '!'");
        parameters.and(name, Text.containsPattern(text.strip()));
        parameters.and("accented", Text.ACCENTED).and("plain", Text.PLAIN);
        return this;
    }

    /** The record's name (or its aliases') contains {@code text}, ignoring case and accents. */
    public Where nameContains(String nameColumn, String idColumn, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String name = "p" + next++;
        append("(" + Text.folded(nameColumn) + " like :" + name + " escape '!' or " + idColumn
                + " in (select a.subjectId from Alias a where " + Text.folded("a.name") + " like :" + name
                + " escape '!'" + ranks.jpql("a") + "))");
        parameters.and(name, Text.containsPattern(text.strip()));
        parameters.and("accented", Text.ACCENTED).and("plain", Text.PLAIN);
        return this;
    }

    /** {@code column} lies in [from, to], either end open when absent. */
    public Where between(String column, LocalDate from, LocalDate to) throws BadUserInputException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("`from` (" + from + ") is after `to` (" + to + ").");
        }
        return and(column + " >= ?", from).and(column + " <= ?", to);
    }

    private void append(String clause) {
        clauses.append(clauses.isEmpty() ? "" : " and ").append(clause);
    }

    /** The conditions alone, joined by "and"; empty when there are none. */
    public String conditions() {
        return clauses.toString();
    }

    public Map<String, Object> parameters() {
        return parameters.map();
    }
}
