package dev.rivalrygraph.node;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.error.NotFoundException;
import dev.rivalrygraph.fact.Fact;

import java.util.Optional;
import java.util.function.Function;

/** The single-record lookups' shared contract: by id or by name, exactly one of them, a typed error otherwise. */
public final class Lookup {

    private Lookup() {
    }

    /**
     * @param what the record type's name in messages ("person")
     * @param type its GraphQL type, the prefix of its global ids ("Person")
     */
    public static <T> T one(String what, String type, String id, String name, Function<Long, T> byId,
            Function<String, Optional<T>> byName) throws NotFoundException, BadUserInputException {
        boolean hasName = name != null && !name.isBlank();
        if ((id == null) == !hasName) {
            throw new BadUserInputException("Give exactly one of `id` or `" + nameArgument(what) + "` to look up a "
                    + what + ".");
        }
        if (id != null) {
            T found = byId.apply(GlobalId.of(id, type));
            if (found == null) {
                throw new NotFoundException("No " + what + " has id \"" + id + "\".");
            }
            return found;
        }
        return byName.apply(name.strip())
                .orElseThrow(() -> new NotFoundException("No " + what + " is named \"" + name.strip()
                        + "\" (names and aliases are matched whole, ignoring case)."));
    }

    private static String nameArgument(String what) {
        return what.equals("source") || what.equals("rivalry") ? "title" : "name";
    }

    /** Any record by its global id: NOT_FOUND when no record of the id's type has it. */
    public static Fact fact(String globalId) throws NotFoundException, BadUserInputException {
        GlobalId id = GlobalId.parse(globalId);
        Fact fact = Fact.findById(id.id());
        if (fact == null || !fact.getClass().getSimpleName().equals(id.type())) {
            throw new NotFoundException("No record has id \"" + globalId + "\".");
        }
        return fact;
    }
}
