package dev.rivalrygraph.investment;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.actor.Actors;
import dev.rivalrygraph.fact.BadUserInputException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.page.Connection;
import dev.rivalrygraph.page.Page;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@Transactional
public class InvestmentGraphQLApi {

    @Query
    @NonNull
    @Description("Investments, earliest first (undated last); `kind` narrows them.")
    public Connection<Investment> investments(InvestmentKind kind, @Description(Page.FIRST) Integer first,
            @Description(Page.AFTER) String after, @Description(Page.LAST) Integer last,
            @Description(Page.BEFORE) String before)
            throws BadUserInputException {
        return new Page(first, after, last, before).of(kind == null ? Investment.find(Investment.ORDER.substring(1))
                : Investment.find("kind = ?1" + Investment.ORDER, kind));
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
