package dev.rivalrygraph.source;

import dev.rivalrygraph.fact.Facts;
import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.node.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Sources and citations for `node` and `nodes`. */
public final class SourceNodes {

    private SourceNodes() {
    }

    @ApplicationScoped
    public static class Sources implements NodeLoader {
        @Override
        public String type() {
            return "Source";
        }

        @Override
        public List<? extends Node> byIds(Collection<Long> ids) {
            return Facts.byIds(Source.class, ids);
        }
    }

    @ApplicationScoped
    public static class Citations implements NodeLoader {
        @Override
        public String type() {
            return "Citation";
        }

        @Override
        public List<? extends Node> byIds(Collection<Long> ids) {
            return Facts.byIds(Citation.class, ids);
        }
    }
}
