package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.role.Role;
import dev.rivalrygraph.role.RoleKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;

@Input("RoleValues")
@Description("A position a person holds or held in an organization.")
public class RoleValues extends FactValues<Role> {

    @NotNull
    @Id
    @Description("The id of the person.")
    public String person;

    @NotNull
    @Id
    @Description("The id of the organization.")
    public String organization;

    @NotNull
    @Description("The kind of position.")
    public RoleKind kind;

    @NotBlank
    @Size(max = 300)
    @Description("The title in the source's words (at most 300 characters).")
    public String title;

    @Description("When it began, to `startPrecision`.")
    public LocalDate start;

    @Description("How precisely `start` is known; DAY when omitted.")
    public DatePrecision startPrecision;

    @Description("When it ended, to `endPrecision`.")
    public LocalDate end;

    @Description("How precisely `end` is known; DAY when omitted.")
    public DatePrecision endPrecision;

    @Description("True when the sources call it a former position, dated or not; false when omitted.")
    @DefaultValue("false")
    public boolean former;

    @Override
    void applyTo(Role role) throws BadUserInputException {
        role.personId = References.id(person, Person.class, "a person", "input.person");
        role.organizationId = References.id(organization, Organization.class, "an organization",
                "input.organization");
        role.kind = kind;
        role.title = title.strip();
        role.startPrecision = Dates.precision(start, startPrecision, "input.start", "input.startPrecision");
        role.startOn = start;
        role.endPrecision = Dates.precision(end, endPrecision, "input.end", "input.endPrecision");
        role.endOn = end;
        Dates.ordered(start, end, "input.end");
        role.former = former || end != null;
    }
}
