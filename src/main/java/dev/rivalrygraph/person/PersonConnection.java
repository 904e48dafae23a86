package dev.rivalrygraph.person;

import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Edge;
import dev.rivalrygraph.page.Slice;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of people, Relay-style: `edges` with cursors, `pageInfo` to move on, `totalCount` for the whole.")
public class PersonConnection extends Connection<Person, PersonConnection.PersonEdge> {

    public PersonConnection(Slice<Person> slice) {
        super(slice, PersonEdge::new);
    }

    @Description("One of people in a page, with its cursor.")
    public static class PersonEdge extends Edge<Person> {
        PersonEdge(String cursor, Person node) {
            super(cursor, node);
        }
    }
}
