package dev.rivalrygraph.curation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.error.BadUserInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;

/** What people and organizations share. */
// the native image fills each input's inherited fields by reflection
@RegisterForReflection
public abstract class ActorValues<A extends AbstractActor> extends FactValues<A> {

    @NotBlank
    @Size(max = 300)
    @Description("The name to file it under (at most 300 characters); other names are added as aliases.")
    public String name;

    @Size(max = 2000)
    @Description("What the sources say it is, in a sentence.")
    public String description;

    @Override
    void applyTo(A actor) throws BadUserInputException {
        actor.name = name.strip();
        actor.description = description;
    }
}
