package dev.rivalrygraph.history;

import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.persistence.SessionSql;
import dev.rivalrygraph.source.Citation;
import dev.rivalrygraph.source.Source;
import io.quarkus.arc.Arc;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Records every change Hibernate writes to a fact, a citation or a source in {@code change_log}: who, when, which
 * record, and each changed property's value before and after, as JSON. Hibernate calls it after each row is written,
 * inside the flush, so the entry is written on the same connection and commits or rolls back with the change. It
 * also hands the entry to {@link ChangeLog}, which gives it its position at commit and has it published.
 *
 * <p>Registered by {@link WriteListeners}. The JSON is built from Hibernate's own property names, types and
 * values (no reflection on the entities), so it works the same in a native executable.
 */
public class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener {

    private static final String INSERT = "INSERT INTO change_log (fact_id, source_id, entity, entity_id, operation, "
            + "changed_at, changed_by, changes, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Row operations, in {@link ChangeOperation}'s order. */
    private static final int INSERTED = 0;
    private static final int UPDATED = 1;
    private static final int DELETED = 2;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        record(event.getSession(), event.getEntity(), event.getId(), INSERTED,
                properties(persister, null, event.getState(), null, event.getFactory()), event.getState(), persister);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        record(event.getSession(), event.getEntity(), event.getId(), UPDATED,
                properties(persister, event.getOldState(), event.getState(), event.getDirtyProperties(),
                        event.getFactory()), event.getState(), persister);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        // A deleted record's collections are being removed and can no longer be read.
        Object[] state = event.getDeletedState().clone();
        for (int i = 0; i < state.length; i++) {
            if (persister.getPropertyTypes()[i] instanceof CollectionType) {
                state[i] = null;
            }
        }
        record(event.getSession(), event.getEntity(), event.getId(), DELETED,
                properties(persister, state, null, null, event.getFactory()), state, persister);
    }

    /**
     * An element collection changed in place (a claim's subjects, an event's participants): its owner's update
     * event cannot tell the elements before from those after, the collection's own snapshot can.
     */
    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        PersistentCollection<?> collection = event.getCollection();
        Object snapshot = collection.getStoredSnapshot();
        if (owner == null || snapshot == null) {
            return;
        }
        SessionFactoryImplementor factory = event.getFactory();
        EntityPersister persister = factory.getMappingMetamodel()
                .getEntityDescriptor(event.getAffectedOwnerEntityName());
        String role = collection.getRole();
        String property = role.substring(role.lastIndexOf('.') + 1);
        CollectionType type = (CollectionType) persister.getPropertyType(property);
        Object before = json(type, snapshot instanceof Map<?, ?> map ? map.values() : snapshot, factory);
        Object after = json(type, collection, factory);
        if (Objects.equals(before, after)) {
            return;
        }
        JsonArray changes = new JsonArray().add(change(property, before, after));
        record(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), UPDATED, changes,
                persister.getValues(owner), persister);
    }

    /**
     * The changed properties as {@code [{field, before, after}]}: all non-null ones for an insert or a delete, the
     * dirty ones for an update (every one that differs when Hibernate did not say which are dirty).
     */
    private static JsonArray properties(EntityPersister persister, Object[] before, Object[] after, int[] dirty,
            SessionFactoryImplementor factory) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        boolean update = before != null && after != null;
        // Columns the database computes (Fact.superseded) are not the writer's change.
        boolean[] written = update ? persister.getPropertyUpdateability() : persister.getPropertyInsertability();
        JsonArray changes = new JsonArray();
        for (int i = 0; i < names.length; i++) {
            // The version is never "dirty", Hibernate increments it; its new value is what a next update must name.
            boolean version = persister.isVersioned() && i == persister.getVersionPropertyIndex();
            if (!written[i] || update && !changed(i, version ? null : dirty, types[i], before[i], after[i])) {
                continue;
            }
            Object old = before == null ? null : json(types[i], before[i], factory);
            Object now = after == null ? null : json(types[i], after[i], factory);
            if (old != null || now != null) {
                changes.add(change(names[i], old, now));
            }
        }
        return changes;
    }

    private static boolean changed(int i, int[] dirty, Type type, Object before, Object after) {
        if (type instanceof CollectionType) {
            // The same collection changed in place is recorded by onPreUpdateCollection; a replaced one here.
            return before != after;
        }
        if (dirty == null) {
            return !type.isEqual(before, after);
        }
        for (int d : dirty) {
            if (d == i) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject change(String field, Object before, Object after) {
        return new JsonObject().put("field", field).put("before", before).put("after", after);
    }

    /**
     * A property value as JSON: strings, numbers and booleans as themselves, enums by name, dates in ISO form,
     * element collections as arrays, embeddables as objects. Null for a value not loaded (a lazy property or
     * collection), which the change then leaves out.
     */
    static Object json(Type type, Object value, SessionFactoryImplementor factory) {
        if (value == null || value == LazyPropertyInitializer.UNFETCHED_PROPERTY
                || value instanceof PersistentCollection<?> lazy && !lazy.wasInitialized()) {
            return null;
        }
        if (type instanceof CollectionType collectionType && value instanceof Collection<?> elements) {
            Type elementType = collectionType.getElementType(factory);
            JsonArray array = new JsonArray();
            elements.stream().map(e -> json(elementType, e, factory)).sorted(ChangeRecorder::compare)
                    .forEach(array::add);
            return array;
        }
        if (type instanceof ComponentType component) {
            JsonObject object = new JsonObject();
            String[] names = component.getPropertyNames();
            Object[] values = component.getPropertyValues(value);
            Type[] types = component.getSubtypes();
            for (int i = 0; i < names.length; i++) {
                object.put(names[i], json(types[i], values[i], factory));
            }
            return object;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** Sets have no order: sort their elements so that equal sets give equal JSON. */
    private static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private void record(SharedSessionContractImplementor session, Object entity, Object id, int kind,
            JsonArray changes, Object[] state, EntityPersister persister) {
        Long factId = entity instanceof Fact ? (Long) id : entity instanceof Citation c ? c.factId : null;
        Long sourceId = entity instanceof Source ? (Long) id : null;
        if (factId == null && sourceId == null || changes.isEmpty()) {
            return;
        }
        ChangeOperation operation = ChangeOperation.of(kind, entity instanceof Citation);
        // To the microsecond, as the database keeps it: an event read back from the log is the event published.
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String by = Principals.current();
        Mentions mentions = factId == null ? null : Mentions.of(factId, persister.getPropertyNames(),
                persister.getPropertyTypes(), state, session.getFactory());
        long row = write(session, factId, sourceId, persister.getMappedClass().getSimpleName(), (Long) id, operation,
                at, by, changes, mentions);
        Arc.container().instance(ChangeLog.class).get().logged(session, row, factId, sourceId,
                mentions == null ? null : new FactChange(factId, operation, at, by, mentions));
    }

    private static long write(SharedSessionContractImplementor session, Long factId, Long sourceId, String entity,
            Long entityId, ChangeOperation operation, OffsetDateTime at, String by, JsonArray changes,
            Mentions mentions) {
        return SessionSql.insert(session, INSERT, "could not record a change", statement -> {
            setLong(statement, 1, factId);
            setLong(statement, 2, sourceId);
            statement.setString(3, entity);
            statement.setLong(4, entityId);
            statement.setString(5, operation.name());
            statement.setObject(6, at);
            statement.setString(7, by);
            statement.setString(8, changes.encode());
            statement.setString(9, mentions == null ? null : mentions.toJson());
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
