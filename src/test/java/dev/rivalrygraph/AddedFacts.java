package dev.rivalrygraph;

import dev.rivalrygraph.fact.Fact;
import dev.rivalrygraph.source.Citation;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Facts a test adds to the seeds, each with the citation every fact must have, and removes when it is done. */
public final class AddedFacts {

    private final String excerpt;
    private final List<Long> ids = new ArrayList<>();

    public AddedFacts(String excerpt) {
        this.excerpt = excerpt;
    }

    /** Persists the fact and a citation of it in the current transaction; returns its id. */
    public long cite(Fact fact) {
        fact.persist();
        Citation citation = new Citation();
        citation.factId = fact.id;
        citation.sourceId = 1L;
        citation.excerpt = excerpt;
        citation.persist();
        ids.add(fact.id);
        return fact.id;
    }

    /** Persists the fact and its citation in a transaction of its own, committed when this returns. */
    public long add(Supplier<Fact> fact) {
        return QuarkusTransaction.requiringNew().call(() -> cite(fact.get()));
    }

    /** Removes every fact added, newest first: each before the ones it points at. */
    public void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            Citation.delete("factId in ?1", ids);
            for (int i = ids.size() - 1; i >= 0; i--) {
                Fact.<Fact>findById(ids.get(i)).delete();
            }
        });
        ids.clear();
    }
}
