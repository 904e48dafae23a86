package dev.rivalrygraph.history;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records a changed fact is about: itself and every record it references (a role's person and organization, a
 * metric's product, a claim's speaker and subjects, an event's participants, a citation's fact and source...). Read
 * from the entity's state by the naming rule the entities follow: a {@code ...Id} property references a fact
 * ({@code sourceId} a source), a {@code ...Ids} collection several.
 */
public record Mentions(Set<Long> facts, Set<Long> sources) {

    public static Mentions of(Long factId, String[] names, Type[] types, Object[] state,
            SessionFactoryImplementor factory) {
        Mentions mentions = new Mentions(new HashSet<>(), new HashSet<>());
        mentions.facts.add(factId);
        for (int i = 0; i < names.length; i++) {
            mentions.add(names[i], types[i], state[i], factory);
        }
        return mentions;
    }

    private void add(String name, Type type, Object value, SessionFactoryImplementor factory) {
        if (value instanceof Long id && name.endsWith("Id")) {
            (name.equals("sourceId") ? sources : facts).add(id);
        } else if (type instanceof CollectionType collection && value instanceof Collection<?> elements) {
            Type elementType = collection.getElementType(factory);
            String elementName = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
            elements.forEach(e -> add(elementName, elementType, e, factory));
        } else if (type instanceof ComponentType component && value != null) {
            String[] names = component.getPropertyNames();
            Object[] values = component.getPropertyValues(value);
            for (int i = 0; i < names.length; i++) {
                add(names[i], component.getSubtypes()[i], values[i], factory);
            }
        }
    }

    /** As the change log stores them: {@code {"facts": [...], "sources": [...]}}, ids in ascending order. */
    public String toJson() {
        return new JsonObject().put("facts", new JsonArray(facts.stream().sorted().toList()))
                .put("sources", new JsonArray(sources.stream().sorted().toList())).encode();
    }

    /** Read back from {@link #toJson}; a row logged before mentions were stored mentions its own fact only. */
    public static Mentions fromJson(String json, Long factId) {
        if (json == null) {
            return new Mentions(new HashSet<>(Set.of(factId)), new HashSet<>());
        }
        JsonObject object = new JsonObject(json);
        return new Mentions(ids(object.getJsonArray("facts")), ids(object.getJsonArray("sources")));
    }

    private static Set<Long> ids(JsonArray array) {
        return array.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toCollection(HashSet::new));
    }

    Mentions union(Mentions other) {
        Set<Long> allFacts = new HashSet<>(facts);
        allFacts.addAll(other.facts);
        Set<Long> allSources = new HashSet<>(sources);
        allSources.addAll(other.sources);
        return new Mentions(allFacts, allSources);
    }
}
