package dev.rivalrygraph.person;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Actor;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "person")
@DiscriminatorValue("PERSON")
@Type("Person")
@Description("A person the sources name: a chief executive, a founder, an analyst, a researcher.")
public class Person extends AbstractActor implements Actor {
}
