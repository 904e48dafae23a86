package dev.rivalrygraph.role;

import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Reads;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.person.Person;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@Reads
@DatabaseTimeouts
public class RoleGraphQLApi {

    @NonNull
    @Description("Who holds the position.")
    public List<Person> person(@Source List<Role> roles) {
        return Facts.referenced(roles, r -> r.personId, Person.class);
    }

    @NonNull
    @Description("Where the position is held.")
    public List<Organization> organization(@Source List<Role> roles) {
        return Facts.referenced(roles, r -> r.organizationId, Organization.class);
    }
}
