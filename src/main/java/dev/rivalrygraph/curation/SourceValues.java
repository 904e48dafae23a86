package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.source.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;

@Input("SourceValues")
@Description("A published article, with its full text. Facts cite it by quoting that text.")
public class SourceValues {

    @NotBlank
    @Size(max = 500)
    @Description("The headline (at most 500 characters).")
    public String title;

    @Size(max = 200)
    @Description("The outlet that published it.")
    public String publisher;

    @Size(max = 200)
    @Description("The byline.")
    public String author;

    @Description("When it was published, to `publishedPrecision`: the first day of the period for MONTH, QUARTER "
            + "or YEAR.")
    public LocalDate publishedOn;

    @Description("How precisely `publishedOn` is known; DAY when omitted.")
    public DatePrecision publishedPrecision;

    @Size(max = 2000)
    @Description("How the publication date was established, when it is not printed.")
    public String publishedNote;

    @Size(max = 2000)
    @Description("Notes on language (a translation, transliterations left in).")
    public String languageNote;

    @Size(max = 2000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    @Description("The article's address.")
    public String url;

    @NotBlank
    @Size(max = 60000)
    @Description("The full text, as published (at most 60,000 characters; a request body is at most 64 KiB). "
            + "Excerpts are matched against it.")
    public String text;

    void applyTo(Source source) throws BadUserInputException {
        source.title = title.strip();
        source.publisher = publisher;
        source.author = author;
        source.publishedPrecision = Dates.precision(publishedOn, publishedPrecision, "input.publishedOn",
                "input.publishedPrecision");
        source.publishedOn = publishedOn;
        source.publishedNote = publishedNote;
        source.languageNote = languageNote;
        source.url = url;
        source.body = text;
    }
}
