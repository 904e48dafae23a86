package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.actor.Actor;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.persistence.Batches;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@Entity
@Table(name = "rivalry")
@DiscriminatorValue("RIVALRY")
@Type("Rivalry")
@Description("Who is fighting whom and over what: two or more parties, and the rounds of their fight in order.")
public class Rivalry extends Fact implements Cited {

    @NonNull
    @Description("The rivalry's name ('Musk vs Zuckerberg').")
    public String title;

    @Description("What it is about, in a sentence.")
    public String description;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "rivalry_party", joinColumns = @JoinColumn(name = "rivalry_id"))
    public List<RivalryParty> parties = new ArrayList<>();

    public static Optional<Rivalry> byTitle(String title, RankSelection ranks) {
        return find("lower(title) = lower(?1)" + ranks.jpql("") + " order by id", title).firstResultOptional();
    }

    /** Everyone in each rivalry, side by side. */
    public static List<List<Actor>> partiesOf(List<Rivalry> rivalries, RankSelection ranks) {
        List<Object[]> rows = Facts.pairs(parties(ranks), rivalries, r -> r.id, Map.of());
        return Batches.groupPairs(rivalries, r -> r.id, rows.stream().map(row -> new Object[] { row[0], row[2] })
                .toList());
    }

    /** The parties of each rivalry grouped by the side they stand on. */
    public static List<List<RivalrySide>> sidesOf(List<Rivalry> rivalries, RankSelection ranks) {
        List<Object[]> rows = Facts.pairs(parties(ranks), rivalries, r -> r.id, Map.of());
        List<List<RivalrySide>> result = new ArrayList<>(rivalries.size());
        for (Rivalry rivalry : rivalries) {
            Map<Integer, List<Actor>> bySide = new TreeMap<>();
            rows.stream().filter(row -> rivalry.id.equals(row[0]))
                    .forEach(row -> bySide.computeIfAbsent((Integer) row[1],
                            s -> new ArrayList<>()).add((Actor) row[2]));
            result.add(bySide.entrySet().stream().map(e -> new RivalrySide(e.getKey(), e.getValue())).toList());
        }
        return result;
    }

    private static String parties(RankSelection ranks) {
        return "select r.id, p.side, a from Rivalry r join r.parties p, AbstractActor a where a.id = p.actorId"
                + " and any_of(:ids, r.id)" + ranks.jpql("r") + ranks.jpql("a") + " order by p.side, a.name, a.id";
    }

    /** The rivalries each actor is a party to, by title. */
    public static List<List<Rivalry>> ofEach(List<Actor> actors, RankSelection ranks) {
        return Facts.joined("select p.actorId, r from Rivalry r join r.parties p where any_of(:ids, p.actorId)"
                + ranks.jpql("r") + " order by r.title, r.id", actors, Actor::getId);
    }
}
