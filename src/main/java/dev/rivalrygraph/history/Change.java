package dev.rivalrygraph.history;

import dev.rivalrygraph.persistence.AnyOf;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** A row of CHANGE_LOG, written by {@link ChangeRecorder}; read here, never written through Hibernate. */
@Entity
@Immutable
@Table(name = "change_log")
@Type("Change")
@Description("One change to a record: who made it, when, and the values of the properties it changed.")
public class Change extends PanacheEntityBase {

    @Id
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "fact_id")
    public Long factId;

    @Ignore
    @Column(name = "source_id")
    public Long sourceId;

    @Ignore
    public String entity;

    @Ignore
    @Column(name = "entity_id")
    public Long entityId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What the change did.")
    public ChangeOperation operation;

    @NonNull
    @Name("at")
    @Column(name = "changed_at")
    @Description("When it was made.")
    public OffsetDateTime changedAt;

    @NonNull
    @Name("by")
    @Column(name = "changed_by")
    @Description("Who made it: the curator's user name; `system` for changes made outside a request (migrations, "
            + "maintenance), `anonymous` for a request without a user.")
    public String changedBy;

    /** The changes as ChangeRecorder wrote them: {@code [{field, before, after}]}. */
    @Ignore
    @Column(name = "changes")
    public String json;

    @NonNull
    @Description("The properties it changed, each with its value before and after: all set properties for a record "
            + "created (with `before` null) or deleted (with `after` null), the changed ones for an update. A "
            + "citation's change lists the citation's properties.")
    public List<@NonNull FieldChange> getChanges() {
        return new JsonArray(json).stream().map(JsonObject.class::cast)
                .map(c -> new FieldChange(c.getString("field"), text(c.getValue("before")), text(c.getValue("after"))))
                .toList();
    }

    private static String text(Object value) {
        return value == null || value instanceof String ? (String) value
                : value instanceof JsonArray || value instanceof JsonObject ? value.toString() : String.valueOf(value);
    }

    /** The changes of these facts, newest first. */
    static List<Change> ofFacts(Collection<Long> factIds) {
        return factIds.isEmpty() ? List.of() : list("any_of(?1, factId) order by id desc", AnyOf.ids(factIds));
    }

    /** The changes of these sources, newest first. */
    static List<Change> ofSources(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : list("any_of(?1, sourceId) order by id desc", AnyOf.ids(sourceIds));
    }
}
