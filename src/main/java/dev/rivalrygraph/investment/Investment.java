package dev.rivalrygraph.investment;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Qualifier;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.AnyOf;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "investment")
@DiscriminatorValue("INVESTMENT")
@Type("Investment")
@Description("Money from an investor to an investee: a funding round, a stake, an acquisition or an offer for one, "
        + "a planned investment.")
public class Investment extends Fact implements Cited {

    @Ignore
    @Column(name = "investor_id")
    public Long investorId;

    @Ignore
    @Column(name = "investee_id")
    public Long investeeId;

    @Description("What the money goes to when it is not one actor ('AI').")
    public String target;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "investment_kind")
    @Description("What sort of investment.")
    public InvestmentKind kind;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where it stands, as of its source.")
    public InvestmentStatus status;

    @Ignore
    public String currency;

    @Ignore
    @Column(name = "local_currency")
    public String localCurrency;

    @Ignore
    @Column(name = "amount")
    public BigDecimal amountValue;

    @Ignore
    @Column(name = "amount_local")
    public BigDecimal amountLocal;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the source qualifies the amount ('estimated to have invested').")
    public Qualifier qualifier;

    @Ignore
    @Column(name = "valuation_before")
    public BigDecimal valuationBeforeValue;

    @Ignore
    @Column(name = "valuation_before_local")
    public BigDecimal valuationBeforeLocal;

    @Enumerated(EnumType.STRING)
    @Column(name = "valuation_before_qualifier")
    @Description("How the source qualifies `valuationBefore` (AT_LEAST when an offer was 'less than one-third' of the "
            + "value); null when no valuation is given.")
    public Qualifier valuationBeforeQualifier;

    @Ignore
    @Column(name = "valuation_after")
    public BigDecimal valuationAfterValue;

    @Ignore
    @Column(name = "valuation_after_local")
    public BigDecimal valuationAfterLocal;

    @Name("date")
    @Column(name = "occurred_on")
    @Description("When it happened or was announced, to `precision`, if the sources say.")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "occurred_precision")
    @Description("How precisely `date` is known.")
    public DatePrecision precision;

    @Column(name = "period_end")
    @Description("For money invested over a span ('over one year'), the span's last day.")
    public LocalDate periodEnd;

    @Description("What the sources say about it, in a sentence.")
    public String description;

    @Description("The amount invested or offered, if the sources give one.")
    public Money getAmount() {
        return Money.of(amountValue, currency, amountLocal, localCurrency);
    }

    @Description("The investee's valuation before the investment, if given.")
    public Money getValuationBefore() {
        return Money.of(valuationBeforeValue, currency, valuationBeforeLocal, localCurrency);
    }

    @Description("The investee's valuation after the investment, if given.")
    public Money getValuationAfter() {
        return Money.of(valuationAfterValue, currency, valuationAfterLocal, localCurrency);
    }

    public static final String ORDER = " order by occurredOn nulls last, id";

    public static List<Investment> byInvestors(Collection<Long> actorIds, RankSelection ranks) {
        return actorIds.isEmpty() ? List.of()
                : list("any_of(?1, investorId)" + ranks.jpql("") + ORDER, AnyOf.ids(actorIds));
    }

    public static List<Investment> byInvestees(Collection<Long> actorIds, RankSelection ranks) {
        return actorIds.isEmpty() ? List.of()
                : list("any_of(?1, investeeId)" + ranks.jpql("") + ORDER, AnyOf.ids(actorIds));
    }
}
