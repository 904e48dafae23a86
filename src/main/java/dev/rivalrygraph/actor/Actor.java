package dev.rivalrygraph.actor;

import dev.rivalrygraph.fact.Subject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;

@Interface("Actor")
@Description("A person or an organization: someone who leads, owns, invests, speaks, or fights.")
public interface Actor extends Subject {
}
