package dev.rivalrygraph.api;

import java.util.regex.Pattern;

/** Makes graphql-java's messages fit for clients: no AST dumps, no Java class names, no internals. */
final class Messages {

    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    private static final Pattern AST_VALUE = Pattern.compile("\\b\\w*Value\\{value=([^}]*)}");
    private static final Pattern AST_TYPE_HINT = Pattern.compile(" - Expected an AST type of .*$");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\[*L?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][\\w$]*);?");
    private static final int MAX_LENGTH = 300;

    private Messages() {
    }

    static String clean(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        String clean = VALIDATION_PREFIX.matcher(message).replaceFirst("");
        clean = AST_VALUE.matcher(clean).replaceAll("$1");
        clean = AST_TYPE_HINT.matcher(clean).replaceFirst("");
        clean = QUALIFIED_CLASS.matcher(clean).replaceAll("$1");
        clean = clean.strip();
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH) + "…";
    }
}
