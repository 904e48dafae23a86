package dev.rivalrygraph.filter;

import java.util.Locale;

/**
 * Case- and accent-insensitive text matching that runs the same on H2 and PostgreSQL: the search text is folded
 * here, the column with SQL's TRANSLATE (both databases have it; PostgreSQL's unaccent is an extension).
 */
public final class Text {

    /** Accented letters TRANSLATE maps onto {@link #PLAIN}, position by position. */
    public static final String ACCENTED = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıľłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿžźż";
    public static final String PLAIN = "aaaaaaaaacccdeeeeeeeegiiiiiiillnnnoooooooorrssstuuuuuuuuyyzzz";

    private Text() {
    }

    /** The JPQL expression folding {@code column} the way {@link #fold} folds the search text. */
    public static String folded(String column) {
        return "translate(lower(" + column + "), :accented, :plain)";
    }

    /** Lower case, accents removed: "Zuckerbérg" becomes "zuckerberg". */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            int accented = ACCENTED.indexOf(c);
            folded.append(accented >= 0 ? PLAIN.charAt(accented) : c);
        }
        return folded.toString();
    }

    /** A LIKE pattern for "contains", its wildcards escaped with '!'. */
    public static String containsPattern(String text) {
        return "%" + fold(text).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
