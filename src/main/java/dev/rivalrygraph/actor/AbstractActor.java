package dev.rivalrygraph.actor;

import dev.rivalrygraph.fact.Fact;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The table shared by people and organizations; the GraphQL contract is {@link Actor}. */
@Entity
@Table(name = "actor")
public abstract class AbstractActor extends Fact {

    @Ignore
    public String name;

    @Description("What the sources say this actor is, in a sentence.")
    public String description;

    @NonNull
    @Description("The name the graph files this actor under; other names are in `aliases`.")
    public String getName() {
        return name;
    }
}
