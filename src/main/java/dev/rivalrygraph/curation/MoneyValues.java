package dev.rivalrygraph.curation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.math.BigDecimal;

@Input("MoneyValues")
@Description("An amount of money, with the local-currency equivalent when the source prints one.")
public class MoneyValues {

    @NotNull
    @Positive
    @Digits(integer = 18, fraction = 2)
    @Description("The amount in `currency`: positive, at most 18 digits before the point and 2 after.")
    public BigDecimal amount;

    @NotNull
    @IsoCurrency
    @Description("ISO 4217 code of `amount` (USD).")
    public String currency;

    @Positive
    @Digits(integer = 22, fraction = 2)
    @Description("The equivalent the source printed, in `localCurrency`.")
    public BigDecimal localAmount;

    @IsoCurrency
    @Description("ISO 4217 code of `localAmount` (KRW); required with it.")
    public String localCurrency;
}
