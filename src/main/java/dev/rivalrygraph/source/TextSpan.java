package dev.rivalrygraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Type("TextSpan")
@Description("Where an excerpt stands in its source's `text`: `text.substring(start, end)` in JavaScript (UTF-16 "
        + "code units, end exclusive).")
public class TextSpan {

    @Description("Index of the excerpt's first character.")
    public final int start;

    @Description("Index just past the excerpt's last character.")
    public final int end;

    TextSpan(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * The first place {@code excerpt} occurs in {@code text}, any run of whitespace in either matching any other
     * (excerpts are compared with whitespace collapsed); null when it does not occur.
     */
    public static TextSpan find(String text, String excerpt) {
        if (text == null || excerpt == null || excerpt.isBlank()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String word : excerpt.strip().split("\\s+")) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
        }
        Matcher match = Pattern.compile(regex.toString()).matcher(text);
        return match.find() ? new TextSpan(match.start(), match.end()) : null;
    }
}
