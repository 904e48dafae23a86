package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
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
import java.util.Optional;

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
}
