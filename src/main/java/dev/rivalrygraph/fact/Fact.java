package dev.rivalrygraph.fact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A record the graph asserts on the authority of its sources: an actor, a product, a role, a metric, an event...
 * Every such record shares one id space and one table row here, so citations (and later ranks, versions and
 * history) attach to any of them the same way.
 * <p>
 * Queries that read records state the request's rank rule for each record they read ({@link RankSelection}): lists
 * show only the best values (see {@link Rank}) unless a request asks for {@code ranks: ALL}. Loading by id states
 * none, so a deprecated record can still be fetched, updated and restored.
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

    static final String RANK = "How far the graph trusts this record; DEPRECATED and outranked records are hidden "
            + "from lists unless `ranks: ALL` is asked for.";
    static final String RANK_REASON = "Why this record has its rank: required for DEPRECATED (\"misspelling\", "
            + "\"superseded by a later report\"...), optional otherwise.";
    static final String INFERRED = "What this record holds that no sentence of its sources states, and how it was "
            + "worked out (a relative date resolved against the article's inferred date, a bound computed from \"less "
            + "than one-third\"). Null when the sentences its citations quote state everything it holds.";
    static final String VERSION = "Incremented by every change. An update must name the version it read; an older "
            + "one is refused with CONFLICT, so two curators never overwrite each other silently.";

    @Column(name = "fact_rank")
    @Enumerated(EnumType.STRING)
    @Ignore
    public Rank rank = Rank.NORMAL;

    @Column(name = "rank_reason")
    @Ignore
    public String rankReason;

    @Ignore
    public String inferred;

    /** NORMAL while every statement it makes has a PREFERRED value elsewhere: kept right by {@link Ranks}. */
    @Ignore
    @Column(insertable = false, updatable = false)
    public boolean superseded;

    @Version
    @Ignore
    public long version;

    @NonNull
    @Description(RANK)
    public Rank getRank() {
        return rank;
    }

    @Description(RANK_REASON)
    public String getRankReason() {
        return rankReason;
    }

    @Description(INFERRED)
    public String getInferred() {
        return inferred;
    }

    @Description(VERSION)
    public long getVersion() {
        return version;
    }

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
        return globalId(getClass().getSimpleName(), id);
    }

    /**
     * A global id: the GraphQL type and the database id, base64url-encoded ("Person:1000" becomes
     * "UGVyc29uOjEwMDA"). Here, with the base entity, so that every record has one; {@code node/GlobalId} reads it.
     */
    public static String globalId(String type, Long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
