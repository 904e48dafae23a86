package dev.rivalrygraph.search;

import dev.rivalrygraph.actor.AbstractActor;
import dev.rivalrygraph.actor.Alias;
import dev.rivalrygraph.claim.Claim;
import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.event.Event;
import dev.rivalrygraph.fact.Node;
import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.filter.Text;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.page.Page;
import dev.rivalrygraph.person.Person;
import dev.rivalrygraph.product.Product;
import dev.rivalrygraph.rivalry.Rivalry;
import dev.rivalrygraph.source.Citation;
import dev.rivalrygraph.source.Source;
import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Search: one bounded statement per kind of text, scored in memory. */
final class Search {

    /** How much a match in each kind of text counts: names are what people search for. */
    private static final double NAME = 1.0;
    private static final double ALIAS = 0.9;
    private static final double TITLE = 0.8;
    private static final double TEXT = 0.6;

    private Search() {
    }

    /** The best {@code first} hits for {@code text} among the records of these types that {@code ranks} shows. */
    static List<SearchHit> hits(String text, List<SearchType> types, int first, RankSelection ranks)
            throws BadUserInputException {
        String needle = text.strip();
        if (needle.length() < 2) {
            throw new BadUserInputException("Search for at least 2 characters.");
        }
        if (first < 1 || first > Page.MAX) {
            throw new BadUserInputException("`first` must be between 1 and " + Page.MAX + "; it was " + first + ".");
        }
        Set<SearchType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class)
                : EnumSet.copyOf(types);
        String folded = Text.fold(needle);
        Map<Node, SearchHit> best = new HashMap<>();
        // Each kind of text is one bounded statement; enough rows are fetched to rank, not every row.
        int limit = first * 5;
        if (wanted.contains(SearchType.PERSON) || wanted.contains(SearchType.ORGANIZATION)) {
            for (AbstractActor actor : matching(AbstractActor.class, "name", needle, limit, ranks)) {
                if (wanted.contains(actor instanceof Person ? SearchType.PERSON : SearchType.ORGANIZATION)) {
                    keep(best, (Node) actor, actor.name, folded, NAME);
                }
            }
        }
        if (wanted.contains(SearchType.PRODUCT)) {
            matching(Product.class, "name", needle, limit, ranks).forEach(p -> keep(best, p, p.name, folded, NAME));
        }
        List<Alias> aliases = matching(Alias.class, "name", needle, limit, ranks);
        Map<Long, String> aliasNames = new HashMap<>();
        aliases.forEach(a -> aliasNames.putIfAbsent(a.subjectId, a.name));
        for (var subject : dev.rivalrygraph.actor.Actors.subjects(aliasNames.keySet())) {
            SearchType type = subject instanceof Person ? SearchType.PERSON
                    : subject instanceof Organization ? SearchType.ORGANIZATION : SearchType.PRODUCT;
            if (wanted.contains(type)) {
                keep(best, subject, aliasNames.get(subject.getId()), folded, ALIAS);
            }
        }
        if (wanted.contains(SearchType.RIVALRY)) {
            matching(Rivalry.class, "title", needle, limit, ranks).forEach(r -> keep(best, r, r.title, folded, TITLE));
        }
        if (wanted.contains(SearchType.EVENT)) {
            matching(Event.class, "title", needle, limit, ranks).forEach(e -> keep(best, e, e.title, folded, TITLE));
        }
        if (wanted.contains(SearchType.SOURCE)) {
            matching(Source.class, "title", needle, limit, RankSelection.ALL).forEach(s -> keep(best, s, s.title,
                    folded, TITLE));
        }
        if (wanted.contains(SearchType.CLAIM)) {
            matching(Claim.class, "content", needle, limit, ranks).forEach(c -> keep(best, c, c.content, folded, TEXT));
        }
        if (wanted.contains(SearchType.CITATION)) {
            matching(Citation.class, "excerpt", needle, limit, RankSelection.ALL).forEach(c -> keep(best, c, c.excerpt,
                    folded, TEXT));
        }
        List<SearchHit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score).thenComparing(h -> h.matched.length())
                .thenComparing(h -> h.node.getGlobalId()));
        return hits.subList(0, Math.min(first, hits.size()));
    }

    /** The records of {@code type} whose {@code column} contains the needle; sources and citations are not ranked. */
    private static <T> List<T> matching(Class<T> type, String column, String needle, int limit, RankSelection ranks) {
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " r where " + Text.folded("r." + column)
                        + " like :pattern escape '!'" + ranks.jpql("r"), type)
                .setParameter("pattern", Text.containsPattern(needle))
                .setParameter("accented", Text.ACCENTED)
                .setParameter("plain", Text.PLAIN)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Scores a match and keeps the record's best. */
    private static void keep(Map<Node, SearchHit> best, Node node, String matched, String needle, double weight) {
        String haystack = Text.fold(matched);
        double quality = haystack.equals(needle) ? 1.0
                : haystack.startsWith(needle) ? 0.85
                : haystack.matches("(?s).*\\b" + java.util.regex.Pattern.quote(needle) + "\\b.*") ? 0.7
                : 0.5;
        double score = Math.round(weight * quality * 1000) / 1000.0;
        SearchHit current = best.get(node);
        if (current == null || current.score < score) {
            best.put(node, new SearchHit(node, matched, score));
        }
    }
}
