package dev.rivalrygraph.curation;

import dev.rivalrygraph.person.Person;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PersonValues")
@Description("A person the sources name, with the citations that name them.")
public class PersonValues extends ActorValues<Person> {
}
