package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Qualifier;
import dev.rivalrygraph.investment.Investment;
import dev.rivalrygraph.investment.InvestmentKind;
import dev.rivalrygraph.investment.InvestmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

@Input("InvestmentValues")
@Description("Money from an investor to an investee: a round, a stake, an acquisition, an offer, a plan. The amount "
        + "and valuations share one currency (and one local currency).")
public class InvestmentValues extends FactValues<Investment> {

    @Id
    @Description("The id of the person or organization investing.")
    public String investor;

    @Id
    @Description("The id of the person or organization invested in.")
    public String investee;

    @Size(max = 300)
    @Description("What the money goes to when it is not one actor ('AI').")
    public String target;

    @NotNull
    @Description("What sort of investment.")
    public InvestmentKind kind;

    @NotNull
    @Description("Where it stands, as of its source.")
    public InvestmentStatus status;

    @Valid
    @Description("The amount invested or offered.")
    public MoneyValues amount;

    @Description("How the source qualifies the amount; EXACT when omitted.")
    public Qualifier qualifier;

    @Valid
    @Description("The investee's valuation before the investment.")
    public MoneyValues valuationBefore;

    @Valid
    @Description("The investee's valuation after the investment.")
    public MoneyValues valuationAfter;

    @Description("When it happened or was announced, to `precision`.")
    public LocalDate date;

    @Description("How precisely `date` is known; DAY when omitted.")
    public DatePrecision precision;

    @Description("For money invested over a span, the span's last day.")
    public LocalDate periodEnd;

    @Size(max = 2000)
    @Description("What the sources say about it, in a sentence.")
    public String description;

    @Override
    void applyTo(Investment investment) throws BadUserInputException {
        investment.investorId = References.actor(investor, "input.investor");
        investment.investeeId = References.actor(investee, "input.investee");
        if (investment.investeeId == null && (target == null || target.isBlank())) {
            throw new BadUserInputException("Give an `investee` or a `target`.", "input.investee");
        }
        investment.target = target;
        investment.kind = kind;
        investment.status = status;
        investment.qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        MoneyValues first = firstAmount();
        investment.currency = first == null ? null : first.currency;
        investment.localCurrency = first == null ? null : first.localCurrency;
        investment.amountValue = value(amount, first, "input.amount");
        investment.amountLocal = amount == null ? null : amount.localAmount;
        investment.valuationBeforeValue = value(valuationBefore, first, "input.valuationBefore");
        investment.valuationBeforeLocal = valuationBefore == null ? null : valuationBefore.localAmount;
        investment.valuationAfterValue = value(valuationAfter, first, "input.valuationAfter");
        investment.valuationAfterLocal = valuationAfter == null ? null : valuationAfter.localAmount;
        investment.precision = Dates.precision(date, precision, "input.date", "input.precision");
        investment.occurredOn = date;
        investment.periodEnd = periodEnd;
        Dates.ordered(date, periodEnd, "input.periodEnd");
        investment.description = description;
    }

    private MoneyValues firstAmount() {
        return amount != null ? amount : valuationBefore != null ? valuationBefore : valuationAfter;
    }

    /** The amount of {@code money}, which must be in the currencies of {@code first}: the table has one of each. */
    private static BigDecimal value(MoneyValues money, MoneyValues first, String field)
            throws BadUserInputException {
        if (money == null) {
            return null;
        }
        if (money.localAmount != null && money.localCurrency == null) {
            throw new BadUserInputException("`" + field + ".localCurrency` is required with a local amount.",
                    field + ".localCurrency");
        }
        if (!money.currency.equals(first.currency)) {
            throw new BadUserInputException("The amount and valuations of an investment share one currency: `"
                    + field + ".currency` is " + money.currency + ", not " + first.currency + ".",
                    field + ".currency");
        }
        if (money.localAmount != null && !Objects.equals(money.localCurrency, first.localCurrency)) {
            throw new BadUserInputException("The amount and valuations of an investment share one local "
                    + "currency: `" + field + ".localCurrency` differs.", field + ".localCurrency");
        }
        return money.amount;
    }
}
