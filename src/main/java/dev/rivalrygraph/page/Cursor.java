package dev.rivalrygraph.page;

import dev.rivalrygraph.fact.BadUserInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Opaque cursors: an item's position in its ordered list, base64url-encoded so clients don't build them. */
final class Cursor {

    private static final Pattern FORM = Pattern.compile("cursor:([0-9]{1,9})");

    private Cursor() {
    }

    static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static long position(String cursor, String argument) throws BadUserInputException {
        try {
            var match = FORM.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (match.matches()) {
                return Long.parseLong(match.group(1));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new BadUserInputException("`" + argument + "` is not a cursor of this list: use a `cursor`, "
                + "`startCursor` or `endCursor` it returned.");
    }
}
