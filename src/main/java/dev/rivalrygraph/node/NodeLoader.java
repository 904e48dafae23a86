package dev.rivalrygraph.node;

import dev.rivalrygraph.fact.Node;

import java.util.Collection;
import java.util.List;

/**
 * Loads the records of a node type that is not a {@link dev.rivalrygraph.fact.Fact} (facts load together, in one
 * statement): the feature that owns the type provides it, so this package needs to know no feature.
 */
public interface NodeLoader {

    /** The GraphQL type its records' global ids name ("Source"). */
    String type();

    /** The records with these ids, in any order; unknown ids are left out. */
    List<? extends Node> byIds(Collection<Long> ids);
}
