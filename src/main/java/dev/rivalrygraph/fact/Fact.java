package dev.rivalrygraph.fact;

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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

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

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Stable identifier of this record.")
    public Long getId() {
        return id;
    }
}
