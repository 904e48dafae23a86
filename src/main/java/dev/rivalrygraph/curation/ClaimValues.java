package dev.rivalrygraph.curation;

import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.claim.ClaimKind;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.rivalry.RivalryRound;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;
import java.util.List;

@Input("ClaimValues")
@Description("What someone said or asserted. Claims are reported, not endorsed.")
public class ClaimValues extends FactValues<Claim> {

    @NotNull
    @Description("What sort of statement.")
    public ClaimKind kind;

    @NotBlank
    @Size(max = 4000)
    @Description("The statement: verbatim for a QUOTE, else a faithful summary (at most 4,000 characters).")
    public String text;

    @Id
    @Description("The id of the person or organization who said it.")
    public String speaker;

    @Description("When it was said, to `precision`.")
    public LocalDate statedOn;

    @Description("How precisely `statedOn` is known; DAY when omitted.")
    public DatePrecision precision;

    @Size(max = 1000)
    @Description("Where or how it was said ('on his Twitter account').")
    public String context;

    @Id
    @Description("The id of the rivalry round it belongs to.")
    public String round;

    @Size(max = 20)
    @Id
    @Description("The ids of the people, organizations and products it is about (at most 20).")
    public List<@NotNull String> subjects;

    @Size(max = 100)
    @Description("What the claim asserts, read as a statement: the property (\"kind\", \"trained on user data\"). "
            + "Give it with `value` and `propertyOf`, or none of them.")
    public String property;

    @Size(max = 300)
    @Description("The value the claim gives `property` (\"CHATBOT\", \"no\").")
    public String value;

    @Id
    @Description("The id of the record whose `property` the claim gives a value to.")
    public String propertyOf;

    @Override
    void applyTo(Claim claim) throws BadUserInputException {
        if ((property == null) != (value == null) || (property == null) != (propertyOf == null)) {
            throw new BadUserInputException("Give `property`, `value` and `propertyOf` together, or none of them.",
                    property == null ? "input.property" : value == null ? "input.value" : "input.propertyOf");
        }
        claim.property = property;
        claim.assertedValue = value;
        claim.propertyOfId = References.id(propertyOf, Fact.class, "a record", "input.propertyOf");
        claim.kind = kind;
        claim.content = text.strip();
        claim.speakerId = References.actor(speaker, "input.speaker");
        claim.precision = Dates.precision(statedOn, precision, "input.statedOn", "input.precision");
        claim.statedOn = statedOn;
        claim.context = context;
        claim.roundId = References.id(round, RivalryRound.class, "a rivalry round", "input.round");
        claim.subjectIds.clear();
        claim.subjectIds.addAll(References.ids(subjects, "input.subjects", References::subject));
    }
}
