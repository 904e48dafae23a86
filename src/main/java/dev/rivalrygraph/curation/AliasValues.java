package dev.rivalrygraph.curation;

import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.actor.AliasKind;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Fact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AliasValues")
@Description("Another name of a person, organization or product, as a source writes it.")
public class AliasValues extends FactValues<Alias> {

    @NotNull
    @Id
    @Description("The id of the person, organization or product it names.")
    public String subject;

    @NotBlank
    @Size(max = 300)
    @Description("The other name (at most 300 characters).")
    public String name;

    @NotNull
    @Description("How it relates to the graph's name.")
    public AliasKind kind;

    @Override
    void applyTo(Alias alias) throws BadUserInputException {
        alias.subjectId = References.subject(subject, "input.subject");
        alias.name = name.strip();
        alias.kind = kind;
    }
}
