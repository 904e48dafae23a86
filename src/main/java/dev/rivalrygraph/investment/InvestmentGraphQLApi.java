package dev.rivalrygraph.investment;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.DatabaseTimeouts;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Page;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@Transactional
@DatabaseTimeouts
public class InvestmentGraphQLApi {

    @Query
    @NonNull
    @Description("Investments, earliest first (undated last); `kind` narrows them.")
    public List<@NonNull Investment> investments(InvestmentKind kind,
            @DefaultValue("100") @Description(Page.FIRST) int first) throws BadUserInputException {
        int size = Page.size(first);
        return kind == null ? Investment.find(Investment.ORDER.substring(1)).page(0, size).list()
                : Investment.find("kind = ?1" + Investment.ORDER, kind).page(0, size).list();
    }

    @Description("Who puts the money in.")
    public List<Actor> investor(@Source List<Investment> investments) {
        return Actors.actors(investments, i -> i.investorId);
    }

    @Description("Who receives it; null when it goes to a field ('AI') rather than an actor: see `target`.")
    public List<Actor> investee(@Source List<Investment> investments) {
        return Actors.actors(investments, i -> i.investeeId);
    }
}
