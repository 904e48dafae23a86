package dev.rivalrygraph.fact;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import org.hibernate.Session;

/**
 * The rank selection of one request. Root fields choose it with their {@code ranks} argument and apply it to the
 * request's session, which every resolver of the request reads through ({@link Reads}): nested fields see what their
 * root field asked for.
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
}
