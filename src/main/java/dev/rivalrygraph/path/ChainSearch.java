package dev.rivalrygraph.path;

import dev.rivalrygraph.fact.RankSelection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bidirectional breadth-first search for every shortest chain between two subjects. It grows whichever side has
 * the smaller frontier, so hubs (a founder with a thousand companies) are crossed once rather than fanned out from
 * both ends; the search stops at the first layer where the two sides meet.
 */
final class ChainSearch {

    /** A link walked from {@code from} to {@code to}, in the start-to-goal direction. */
    record Step(long from, long to, long via, String relation) {
    }

    private final RankSelection ranks;
    private final Map<Long, Integer> fromStart = new HashMap<>();
    private final Map<Long, Integer> toGoal = new HashMap<>();
    /** For each subject, the steps that reach it on a shortest way from the start. */
    private final Map<Long, List<Step>> into = new HashMap<>();
    /** For each subject, the steps that leave it on a shortest way to the goal. */
    private final Map<Long, List<Step>> out = new HashMap<>();

    /** A search through the links {@code ranks} shows. */
    ChainSearch(RankSelection ranks) {
        this.ranks = ranks;
    }

    /** Up to {@code limit} shortest chains of at most {@code maxHops}; none when the two are further apart. */
    List<List<Step>> run(long start, long goal, int maxHops, int limit, long deadline) throws SearchTooLongException {
        fromStart.put(start, 0);
        toGoal.put(goal, 0);
        Set<Long> forward = Set.of(start);
        Set<Long> backward = Set.of(goal);
        for (int hops = 0; hops < maxHops && !forward.isEmpty() && !backward.isEmpty(); hops++) {
            if (System.nanoTime() - deadline > 0) {
                throw new SearchTooLongException("No chain of " + (hops + 1) + " hops or fewer was found within the "
                        + "request's time budget; try a lower `maxHops`.");
            }
            boolean growForward = forward.size() <= backward.size();
            Set<Long> layer = growForward ? grow(forward, fromStart, into, true) : grow(backward, toGoal, out, false);
            Map<Long, Integer> otherSide = growForward ? toGoal : fromStart;
            List<Long> meeting = layer.stream().filter(otherSide::containsKey).toList();
            if (!meeting.isEmpty()) {
                int shortest = meeting.stream().mapToInt(m -> fromStart.get(m) + toGoal.get(m)).min().orElseThrow();
                List<List<Step>> chains = new ArrayList<>();
                for (Long m : meeting) {
                    if (fromStart.get(m) + toGoal.get(m) == shortest) {
                        join(m, start, goal, limit, chains);
                    }
                }
                return chains;
            }
            if (growForward) {
                forward = layer;
            } else {
                backward = layer;
            }
        }
        return List.of();
    }

    /** The next layer of one side, recording every step that reaches a subject at its shortest distance. */
    private Set<Long> grow(Set<Long> frontier, Map<Long, Integer> distance, Map<Long, List<Step>> steps,
            boolean forward) {
        Set<Long> layer = new LinkedHashSet<>();
        for (Links.Link link : Links.touching(frontier, ranks)) {
            for (long end : new long[] { link.a(), link.b() }) {
                long other = link.other(end);
                if (!frontier.contains(end)) {
                    continue;
                }
                int next = distance.get(end) + 1;
                Integer known = distance.get(other);
                if (known == null || known == next) {
                    distance.put(other, next);
                    layer.add(other);
                    Step step = forward ? new Step(end, other, link.via(), link.relation())
                            : new Step(other, end, link.via(), link.relation());
                    List<Step> list = steps.computeIfAbsent(other, k -> new ArrayList<>());
                    if (!list.contains(step)) {
                        list.add(step);
                    }
                }
            }
        }
        return layer;
    }

    /** The chains through {@code middle}: each way from the start to it, followed by each way from it to the goal. */
    private void join(long middle, long start, long goal, int limit, List<List<Step>> chains) {
        List<List<Step>> heads = new ArrayList<>();
        walk(middle, start, into, true, new ArrayDeque<>(), heads, limit);
        List<List<Step>> tails = new ArrayList<>();
        walk(middle, goal, out, false, new ArrayDeque<>(), tails, limit);
        for (List<Step> head : heads) {
            for (List<Step> tail : tails) {
                if (chains.size() >= limit) {
                    return;
                }
                List<Step> chain = new ArrayList<>(head);
                chain.addAll(tail);
                chains.add(chain);
            }
        }
    }

    private static void walk(long node, long end, Map<Long, List<Step>> steps, boolean towardStart, Deque<Step> path,
            List<List<Step>> found, int limit) {
        if (found.size() >= limit) {
            return;
        }
        if (node == end) {
            found.add(new ArrayList<>(path));
            return;
        }
        for (Step step : steps.getOrDefault(node, List.of())) {
            if (towardStart) {
                path.addFirst(step);
                walk(step.from(), end, steps, true, path, found, limit);
                path.removeFirst();
            } else {
                path.addLast(step);
                walk(step.to(), end, steps, false, path, found, limit);
                path.removeLast();
            }
        }
    }
}
