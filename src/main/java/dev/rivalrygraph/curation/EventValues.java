package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.event.EventKind;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;
import java.util.List;

@Input("EventValues")
@Description("A dated happening: a launch, a lawsuit, an offer, a challenge, a release.")
public class EventValues extends FactValues<Event> {

    @NotNull
    @Description("What kind of happening.")
    public EventKind kind;

    @NotBlank
    @Size(max = 500)
    @Description("What happened, in a line (at most 500 characters).")
    public String title;

    @Size(max = 2000)
    @Description("More of what the sources say about it.")
    public String description;

    @Description("When it happened, to `precision`.")
    public LocalDate date;

    @Description("How precisely `date` is known; DAY when omitted.")
    public DatePrecision precision;

    @Id
    @Description("The id of the product it concerns.")
    public String product;

    @Id
    @Description("The id of the rivalry round it belongs to.")
    public String round;

    @Size(max = 20)
    @Id
    @Description("The ids of the people and organizations taking part (at most 20).")
    public List<@NotNull String> participants;

    @Override
    void applyTo(Event event) throws BadUserInputException {
        event.kind = kind;
        event.title = title.strip();
        event.description = description;
        event.precision = Dates.precision(date, precision, "input.date", "input.precision");
        event.occurredOn = date;
        event.productId = References.id(product, Product.class, "a product", "input.product");
        event.roundId = References.id(round, RivalryRound.class, "a rivalry round", "input.round");
        event.participantIds.clear();
        event.participantIds.addAll(References.ids(participants, "input.participants", References::actor));
    }
}
