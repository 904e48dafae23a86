package dev.rivalrygraph.fact;

import dev.rivalrygraph.node.GlobalId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * A record the graph asserts on the authority of its sources: an actor, a product, a role, a metric, an event...
 * Every such record shares one id space and one table row here, so citations (and later ranks, versions and
 * history) attach to any of them the same way.
 */
@Entity
@Table(name = "fact")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "fact_type")
public abstract class Fact extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "fact_seq", sequenceName = "fact_seq", allocationSize = 50)
    @GeneratedValue(generator = "fact_seq")
    @Ignore
    public Long id;

    /** The database id; clients see {@link #getGlobalId()}. */
    @Ignore
    public Long getId() {
        return id;
    }

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Global, opaque and stable identifier of this record. Pass it to `node(id:)`, or to the `id` "
            + "argument of the lookup for its type.")
    public String getGlobalId() {
        return GlobalId.of(getClass().getSimpleName(), id);
    }
}
