package dev.rivalrygraph.actor;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.product.Product;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Batched loads of actors and subjects, typed as their GraphQL interfaces. */
public final class Actors {

    private Actors() {
    }

    /** The database id of the person or organization a filter argument names by global id; null when absent. */
    public static Long idOf(String globalId, String argument) throws BadUserInputException {
        if (globalId == null) {
            return null;
        }
        GlobalId id = GlobalId.parse(globalId);
        if (!id.type().equals("Person") && !id.type().equals("Organization")) {
            throw new BadUserInputException("`" + argument + "` takes the id of a person or an organization.");
        }
        return id.id();
    }

    /** {@link Facts#referenced} for actors, typed as the GraphQL interface. */
    public static <P> List<Actor> actors(List<P> parents, Function<P, Long> ref) {
        List<Actor> actors = new ArrayList<>(parents.size());
        for (AbstractActor actor : Facts.referenced(parents, ref, AbstractActor.class)) {
            actors.add((Actor) actor);
        }
        return actors;
    }

    /**
     * The subjects (actors and products) with these ids, by name: two statements, rather than one polymorphic
     * query over every fact table.
     */
    public static List<Subject> subjects(Collection<Long> ids) {
        List<Subject> subjects = new ArrayList<>();
        for (Object actor : Facts.byIds(AbstractActor.class, ids)) {
            subjects.add((Subject) actor);
        }
        subjects.addAll(Facts.byIds(Product.class, ids));
        subjects.sort(Comparator.comparing(Subject::getName).thenComparing(Subject::getId));
        return subjects;
    }
}
