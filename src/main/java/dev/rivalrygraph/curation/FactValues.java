package dev.rivalrygraph.curation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Fact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import java.util.List;

/**
 * The values of a cited record as a curator sends them, for adding or for replacing them all in an update, with the
 * citations that back them.
 */
// the native image fills each input's inherited fields by reflection
@RegisterForReflection
public abstract class FactValues<F extends Fact> {

    @NotNull
    @Size(min = 1, max = 20)
    @Description("The citations backing these values: at least one, each excerpt found in its source's text. On an "
            + "update they are added to the record's citations.")
    public List<@Valid @NotNull CitationValues> citations;

    /** Copies these values onto the record, resolving ids; {@code field} paths in errors start with "input.". */
    @Ignore
    abstract void applyTo(F record) throws BadUserInputException;
}
