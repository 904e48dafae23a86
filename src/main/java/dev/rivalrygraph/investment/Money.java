package dev.rivalrygraph.investment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

@Type("Money")
@Description("An amount of money, with the local-currency equivalent when the source prints one "
        + "(\"$6 billion (approximately 8.2 trillion KRW)\").")
public class Money {

    @NonNull
    @Description("The amount in `currency`.")
    public final BigDecimal amount;

    @NonNull
    @Description("ISO 4217 code of `amount` (USD).")
    public final String currency;

    @Description("The equivalent the source printed, in `localCurrency`.")
    public final BigDecimal localAmount;

    @Description("ISO 4217 code of `localAmount` (KRW).")
    public final String localCurrency;

    Money(BigDecimal amount, String currency, BigDecimal localAmount, String localCurrency) {
        this.amount = plain(amount);
        this.currency = currency;
        this.localAmount = plain(localAmount);
        this.localCurrency = localAmount == null ? null : localCurrency;
    }

    /** 6000000000, not the column's 6000000000.00 nor BigDecimal's 6E+9: cents only where there are cents. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Money of(BigDecimal amount, String currency, BigDecimal localAmount, String localCurrency) {
        return amount == null ? null : new Money(amount, currency, localAmount, localCurrency);
    }
}
