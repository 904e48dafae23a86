package dev.rivalrygraph.curation;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.node.GlobalId;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Ids in curators' inputs, checked: a malformed id, an unknown record or one of the wrong type names the field. */
final class References {

    private References() {
    }

    /**
     * The database id of the record of {@code type} (an entity class, possibly abstract: {@code AbstractActor} for
     * a person or an organization) that {@code globalId} names; null when {@code globalId} is null.
     *
     * @param what the kind of record expected, in the message ("a person")
     */
    static Long id(String globalId, Class<? extends Fact> type, String what, String field)
            throws BadUserInputException {
        return id(globalId, type, type, what, field);
    }

    /** The id of a person, organization or product: anything an alias or a claim can be about. */
    static Long subject(String globalId, String field) throws BadUserInputException {
        return id(globalId, Fact.class, Subject.class, "a person, an organization or a product", field);
    }

    /** The id of a person or an organization. */
    static Long actor(String globalId, String field) throws BadUserInputException {
        return id(globalId, AbstractActor.class, "a person or an organization", field);
    }

    /** {@link #id}, the record found also implementing {@code contract}. */
    private static Long id(String globalId, Class<? extends Fact> type, Class<?> contract, String what, String field)
            throws BadUserInputException {
        if (globalId == null) {
            return null;
        }
        GlobalId parsed;
        try {
            parsed = GlobalId.parse(globalId);
        } catch (BadUserInputException e) {
            throw new BadUserInputException("`" + field + "`: " + e.getMessage(), field);
        }
        Fact found = Panache.getEntityManager().find(type, parsed.id());
        if (found == null || !contract.isInstance(found) || !found.getClass().getSimpleName().equals(parsed.type())) {
            throw new BadUserInputException("`" + field + "` must be the id of " + what + " in the graph; \""
                    + globalId + "\" is not.", field);
        }
        return parsed.id();
    }

    /** The ids a resolver finds for each of a list of ids, without repeats. */
    static Set<Long> ids(List<String> globalIds, String field, Resolver resolver) throws BadUserInputException {
        Set<Long> ids = new LinkedHashSet<>();
        if (globalIds != null) {
            for (int i = 0; i < globalIds.size(); i++) {
                ids.add(resolver.id(globalIds.get(i), field + "[" + i + "]"));
            }
        }
        return ids;
    }

    /** One of the resolvers above, with its type fixed: {@code References::actor}. */
    @FunctionalInterface
    interface Resolver {
        Long id(String globalId, String field) throws BadUserInputException;
    }
}
