package dev.rivalrygraph.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;

/** A fact that a committed transaction created or changed, as {@code factChanged} streams it. */
@Type("FactChange")
@Description("A fact that was just created or changed (its citations included), once the change is committed.")
public class FactChange {

    @Ignore
    public final Long factId;

    @NonNull
    @Description("What the transaction did to the fact. A fact created with its citations arrives once, CREATED.")
    public final ChangeOperation operation;

    @NonNull
    @Description("When the change was made.")
    public final OffsetDateTime at;

    @NonNull
    @Description("Who made it: the curator's user name; `system` for changes made outside a request.")
    public final String by;

    @Ignore
    public final Mentions mentions;

    /** Where the change stands in the change log, in commit order; 0 until its transaction commits. */
    @Ignore
    public final long logPosition;

    public FactChange(Long factId, ChangeOperation operation, OffsetDateTime at, String by, Mentions mentions) {
        this(factId, operation, at, by, mentions, 0);
    }

    private FactChange(Long factId, ChangeOperation operation, OffsetDateTime at, String by, Mentions mentions,
            long position) {
        this.factId = factId;
        this.operation = operation;
        this.at = at;
        this.by = by;
        this.mentions = mentions;
        this.logPosition = position;
    }

    /** This change at its position in the change log. */
    public FactChange atPosition(long position) {
        return new FactChange(factId, operation, at, by, mentions, position);
    }

    @NonNull
    @Description("Where this change stands among all committed changes, the same on every server: a client that "
            + "reconnects passes the last position it received as `since` and misses nothing. Positions increase "
            + "in commit order; they are not consecutive for a subscriber (other changes take positions too).")
    public String getPosition() {
        return Long.toString(logPosition);
    }

    /**
     * This change and a later one to the same fact in the same transaction, as one: created or deleted if either
     * did, else the later operation; the later time and author; everything either mentions.
     */
    public FactChange and(FactChange later) {
        ChangeOperation op = later.operation == ChangeOperation.DELETED ? ChangeOperation.DELETED
                : operation == ChangeOperation.CREATED ? ChangeOperation.CREATED : later.operation;
        return new FactChange(factId, op, later.at, later.by, mentions.union(later.mentions), logPosition);
    }

    /** Whether a subscriber watching this fact or source (null: everything) should see this change. */
    public boolean isAbout(Long fact, Long source) {
        return fact == null && source == null || fact != null && mentions.facts().contains(fact)
                || source != null && mentions.sources().contains(source);
    }
}
