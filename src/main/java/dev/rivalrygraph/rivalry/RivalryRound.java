package dev.rivalrygraph.rivalry;

import dev.rivalrygraph.fact.Cited;
import dev.rivalrygraph.fact.DatePrecision;
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
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "rivalry_round")
@DiscriminatorValue("RIVALRY_ROUND")
@Type("RivalryRound")
@Description("One chapter of a rivalry (the SNS verbal battle, then AI chatbots), with its period, events and claims.")
public class RivalryRound extends Fact implements Cited {

    @Ignore
    @Column(name = "rivalry_id")
    public Long rivalryId;

    @Name("order")
    @Column(name = "round_no")
    @Description("Its place in the rivalry: 1 for the first round.")
    public int roundNo;

    @NonNull
    @Description("The round's name.")
    public String title;

    @Column(name = "period_start")
    @Description("When the round began, to `precision`.")
    public LocalDate periodStart;

    @Column(name = "period_end")
    @Description("When it ended; null while it goes on or when the sources do not say.")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_precision")
    @Description("How precisely the period is known.")
    public DatePrecision precision;

    @Description("What the round was about.")
    public String description;

    public static List<RivalryRound> ofRivalries(Collection<Long> rivalryIds, RankSelection ranks) {
        return rivalryIds.isEmpty() ? List.of()
                : list("any_of(?1, rivalryId)" + ranks.jpql("") + " order by roundNo", AnyOf.ids(rivalryIds));
    }
}
