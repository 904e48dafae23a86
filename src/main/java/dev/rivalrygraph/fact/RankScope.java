package dev.rivalrygraph.fact;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import org.hibernate.Session;

/**
 * The rank selection of one request. Root fields choose it with their {@code ranks} argument; each resolver runs in a
 * transaction of its own (so a session of its own), and every transaction begun for the request applies the choice
 * to its session: nested fields see what their root field asked for.
 */
@RequestScoped
public class RankScope {

    private RankSelection chosen;
    private String chosenBy;

    /** Called by root fields first: the request's selection, which every root field must repeat. */
    public void choose(RankSelection selection, String field) throws BadUserInputException {
        RankSelection asked = selection == null ? RankSelection.BEST : selection;
        if (chosen != null && chosen != asked) {
            throw new BadUserInputException("This `" + field + "` asks for ranks " + asked
                    + " but an earlier root field, `" + chosenBy + "`, asked for " + chosen + ": give every root field of a request the same `ranks`.");
        }
        if (chosen == null) {
            chosen = asked;
            chosenBy = field;
        }
        apply();
    }

    /** Whether this request asked for every rank. */
    public boolean all() {
        return chosen == RankSelection.ALL;
    }

    private void apply() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        if (all()) {
            session.disableFilter(Ranks.BEST);
        } else if (session.getEnabledFilter(Ranks.BEST) == null) {
            session.enableFilter(Ranks.BEST);
        }
    }

    /** Applies the request's choice to every transaction it begins (the filter is on by default). */
    static void onTransactionBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        var requests = Arc.container().requestContext();
        if (requests.isActive()) {
            RankScope scope = Arc.container().instance(RankScope.class).get();
            if (scope.all()) {
                scope.apply();
            }
        }
    }
}
