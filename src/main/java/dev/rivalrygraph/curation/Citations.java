package dev.rivalrygraph.curation;

import dev.rivalrygraph.error.BadUserInputException;
import dev.rivalrygraph.node.GlobalId;
import dev.rivalrygraph.organization.Organization;
import dev.rivalrygraph.source.Citation;
import dev.rivalrygraph.source.Source;
import dev.rivalrygraph.source.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Citations as curators send them: each excerpt must occur in its source's stored text, matched as
 * {@code Citation.offsets} matches it (any run of whitespace matching any other), or nothing is written.
 */
final class Citations {

    private static final int SHOWN = 80;

    private Citations() {
    }

    /** Checks every citation, then attaches them all to the record {@code factId}. */
    static void add(Long factId, List<CitationValues> inputs, String field) throws BadUserInputException {
        List<Long> sourceIds = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            sourceIds.add(sourceId(inputs.get(i).source, field + "[" + i + "].source"));
        }
        Map<Long, String> texts = Source.bodiesById(sourceIds);
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CitationValues input = inputs.get(i);
            String at = field + "[" + i + "]";
            String text = texts.get(sourceIds.get(i));
            if (text == null) {
                throw new BadUserInputException("`" + at + ".source` must be the id of a source in the graph; \""
                        + input.source + "\" is not.", at + ".source");
            }
            if (TextSpan.find(text, input.excerpt) == null) {
                throw new BadUserInputException("The excerpt of `" + at + "` does not occur in its source's text: \""
                        + shown(input.excerpt) + "\". Copy it verbatim from the source's `text`.", at + ".excerpt");
            }
            Citation citation = new Citation();
            citation.factId = factId;
            citation.sourceId = sourceIds.get(i);
            citation.excerpt = input.excerpt.strip();
            citation.credited = input.credited;
            citation.creditedOrgId = References.id(input.creditedOrganization, Organization.class,
                    "an organization", at + ".creditedOrganization");
            citations.add(citation);
        }
        Citation.persist(citations);
    }

    /**
     * Refuses a new text for a source if an excerpt already quoted from it would no longer occur in it: the
     * citations would stop being verbatim.
     */
    static void stillQuoted(Long sourceId, String newText, String field) throws BadUserInputException {
        for (Citation citation : Citation.ofSources(List.of(sourceId))) {
            if (TextSpan.find(newText, citation.excerpt) == null) {
                throw new BadUserInputException("The new text drops a passage cited by "
                        + GlobalId.of("Citation", citation.id) + ": \"" + shown(citation.excerpt)
                        + "\". Keep every cited passage, or deprecate the facts that quote it first.", field);
            }
        }
    }

    private static Long sourceId(String globalId, String field) throws BadUserInputException {
        try {
            GlobalId id = GlobalId.parse(globalId);
            return id.type().equals("Source") ? id.id() : -1L;
        } catch (BadUserInputException e) {
            throw new BadUserInputException("`" + field + "`: " + e.getMessage(), field);
        }
    }

    private static String shown(String excerpt) {
        String strip = excerpt.strip();
        return strip.length() <= SHOWN ? strip : strip.substring(0, SHOWN) + "…";
    }
}
