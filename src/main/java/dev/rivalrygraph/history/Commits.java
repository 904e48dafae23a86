package dev.rivalrygraph.history;

import java.util.List;

/** Told by {@link ChangeLog} of this process's commits: the live feed, which this package does not know by name. */
public interface Commits {

    /** A transaction of this process committed positions up to {@code last}; called before its writer is answered. */
    void committedHere(long last);

    /** The changes of a transaction committed in this process at positions {@code first} to {@code last}. */
    void committed(long first, long last, List<FactChange> changes);
}
