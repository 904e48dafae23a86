package dev.rivalrygraph.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CitationValues")
@Description("Where a fact comes from: a passage of a stored source, copied verbatim. The excerpt must occur in the "
        + "source's `text` (runs of whitespace match any whitespace), or the write is refused.")
public class CitationValues {

    @NotNull
    @Id
    @Description("The id of the source quoted.")
    public String source;

    @NotBlank
    @Size(max = 4000)
    @Description("The passage that states the fact, copied from the source's text (at most 4,000 characters).")
    public String excerpt;

    @Size(max = 300)
    @Description("The agency, outlet or firm the source credits for the statement, if any.")
    public String credited;

    @Id
    @Description("The credited organization's id, when it is in the graph.")
    public String creditedOrganization;
}
