package dev.rivalrygraph.role;

import dev.rivalrygraph.fact.AsOf;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.persistence.AnyOf;
import dev.rivalrygraph.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "role")
@DiscriminatorValue("ROLE")
@Type("Role")
@Description("A position a person holds or held in an organization: chief executive, founder, owner, analyst...")
public class Role extends Fact implements Cited {

    @Ignore
    @Column(name = "person_id")
    public Long personId;

    @Ignore
    @Column(name = "organization_id")
    public Long organizationId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role_kind")
    @Description("The kind of position.")
    public RoleKind kind;

    @NonNull
    @Description("The title in the source's words ('Chief Technology Officer', 'Twitter boss').")
    public String title;

    @Name("start")
    @Column(name = "start_on")
    @Description("When it began, to `startPrecision`, if the sources say.")
    public LocalDate startOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_precision")
    @Description("How precisely `start` is known.")
    public DatePrecision startPrecision;

    @Name("end")
    @Column(name = "end_on")
    @Description("When it ended, to `endPrecision`, if the sources say.")
    public LocalDate endOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_precision")
    @Description("How precisely `end` is known.")
    public DatePrecision endPrecision;

    @Description("True when the sources call it a former position ('a former researcher'), dated or not.")
    public boolean former;

    public static List<Role> ofPeople(Collection<Long> personIds, RankSelection ranks) {
        return personIds.isEmpty() ? List.of()
                : list("any_of(?1, personId)" + ranks.jpql("") + ORDER, AnyOf.ids(personIds));
    }

    private static final String ORDER = " order by startOn nulls last, id";

    public static List<Role> ofOrganizations(Collection<Long> organizationIds, RankSelection ranks) {
        return organizationIds.isEmpty() ? List.of()
                : list("any_of(?1, organizationId)" + ranks.jpql("") + ORDER, AnyOf.ids(organizationIds));
    }

    /** The roles held on {@code asOf} and reported by then; all of them when it is null. */
    public static List<Role> asOf(List<Role> roles, LocalDate asOf) {
        return AsOf.reported(roles.stream().filter(r -> AsOf.within(r.startOn, r.endOn, asOf)).toList(), asOf);
    }

    private static final String COMPANY_ROLE_LITERALS = RoleKind.COMPANY_ROLES.stream()
            .map(kind -> RoleKind.class.getName() + "." + kind.name()).sorted().collect(Collectors.joining(", "));

    /** Each person's companies today, by name. */
    public static List<List<Organization>> companiesOf(List<Person> people, RankSelection ranks) {
        // One statement; the kinds as literals, since a list parameter would stop Hibernate from reusing the
        // query's translation.
        return Facts.joined("select r.personId, o from Role r, Organization o where o.id = r.organizationId"
                + " and any_of(:ids, r.personId) and r.kind in (" + COMPANY_ROLE_LITERALS + ")"
                + ranks.jpql("r") + ranks.jpql("o") + " order by o.name, o.id", people, p -> p.id);
    }

    /** The people holding a position in each organization today, by name. */
    public static List<List<Person>> peopleOf(List<Organization> organizations, RankSelection ranks) {
        return Facts.joined("select r.organizationId, p from Role r, Person p where p.id = r.personId"
                + " and any_of(:ids, r.organizationId)" + ranks.jpql("r") + ranks.jpql("p")
                + " order by p.name, p.id", organizations, o -> o.id);
    }
}
