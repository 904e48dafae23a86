package dev.rivalrygraph.actor;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.Fact;
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
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "alias")
@DiscriminatorValue("ALIAS")
@Type("Alias")
@Description("Another name of an actor or product found in the sources: a former name, a spelling, a transliteration.")
public class Alias extends Fact implements Cited {

    @Ignore
    @Column(name = "subject_id")
    public Long subjectId;

    @NonNull
    @Description("The other name, as the source writes it.")
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "alias_kind")
    @Description("How it relates to the graph's name.")
    public AliasKind kind;

    public static List<Alias> ofSubjects(Collection<Long> subjectIds, RankSelection ranks) {
        return subjectIds.isEmpty() ? List.of()
                : list("any_of(?1, subjectId)" + ranks.jpql("") + " order by id", AnyOf.ids(subjectIds));
    }
}
