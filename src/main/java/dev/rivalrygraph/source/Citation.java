package dev.rivalrygraph.source;

import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.persistence.AnyOf;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "citation")
@Type("Citation")
@Description("Where a fact comes from: an excerpt copied verbatim from a source, and whom the source credits for it.")
public class Citation extends PanacheEntityBase implements Node {

    @Id
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    @GeneratedValue(generator = "citation_seq")
    @Ignore
    public Long id;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Global, opaque and stable identifier of this record. Pass it to `node(id:)`, or to the `id` "
            + "argument of the lookup for its type.")
    public String getGlobalId() {
        return GlobalId.of("Citation", id);
    }

    @Ignore
    @Column(name = "fact_id")
    public Long factId;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @NonNull
    @Description("The passage of the source that states the fact, copied verbatim.")
    public String excerpt;

    @Description("The agency, outlet or firm the source credits for the statement (Sensor Tower, the FT...), if any.")
    public String credited;

    @Ignore
    @Column(name = "credited_org_id")
    public Long creditedOrgId;

    public static List<Citation> ofFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of() : list("any_of(?1, factId) order by sourceId, id", AnyOf.ids(factIds));
    }

    public static List<Citation> ofSources(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : list("any_of(?1, sourceId) order by id", AnyOf.ids(sourceIds));
    }
}
