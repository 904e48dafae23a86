package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.partnership.Partnership;
import dev.rivalrygraph.partnership.PartnershipStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;
import java.util.List;

@Input("PartnershipValues")
@Description("Two or more people or organizations working together, or talking about it.")
public class PartnershipValues extends FactValues<Partnership> {

    @NotNull
    @Size(min = 2, max = 20)
    @Id
    @Description("The ids of the parties: two to twenty people or organizations.")
    public List<@NotNull String> parties;

    @NotNull
    @Description("Where it stands, as of its source.")
    public PartnershipStatus status;

    @Size(max = 1000)
    @Description("What it is about.")
    public String focus;

    @Description("When it was reported to start or happen, to `precision`.")
    public LocalDate date;

    @Description("How precisely `date` is known; DAY when omitted.")
    public DatePrecision precision;

    @Override
    void applyTo(Partnership partnership) throws BadUserInputException {
        var ids = References.ids(parties, "input.parties", References::actor);
        if (ids.size() < 2) {
            throw new BadUserInputException("A partnership needs two different parties.", "input.parties");
        }
        partnership.partyIds.clear();
        partnership.partyIds.addAll(ids);
        partnership.status = status;
        partnership.focus = focus;
        partnership.precision = Dates.precision(date, precision, "input.date", "input.precision");
        partnership.occurredOn = date;
    }
}
