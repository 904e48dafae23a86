package dev.rivalrygraph.node;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Fact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Global ids: the GraphQL type and the database id, base64url-encoded by {@link Fact#globalId}.
 * Opaque to clients, so the encoding can change behind them; decoded strictly, so a malformed or out-of-range id
 * is an error and never someone else's record.
 */
public record GlobalId(String type, long id) {

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Za-z]{1,40}):([1-9][0-9]{0,18})");

    public static String of(String type, Long id) {
        return Fact.globalId(type, id);
    }

    public static GlobalId parse(String globalId) throws BadUserInputException {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(globalId);
        }
        var match = FORM.matcher(decoded);
        if (!match.matches()) {
            throw malformed(globalId);
        }
        try {
            return new GlobalId(match.group(1), Long.parseLong(match.group(2)));
        } catch (NumberFormatException outOfRange) {
            throw malformed(globalId);
        }
    }

    /** The database id of a record of {@code expectedType}; another type's id is as good as unknown. */
    public static Long of(String globalId, String expectedType) throws BadUserInputException {
        if (globalId == null) {
            return null;
        }
        GlobalId parsed = parse(globalId);
        return parsed.type.equals(expectedType) ? parsed.id : -1L;
    }

    private static BadUserInputException malformed(String globalId) {
        String shown = globalId.length() > 40 ? globalId.substring(0, 40) + "…" : globalId;
        return new BadUserInputException("\"" + shown + "\" is not an id of this API: use the `id` of a record "
                + "it returned.");
    }
}
