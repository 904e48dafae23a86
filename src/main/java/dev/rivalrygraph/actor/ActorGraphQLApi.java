package dev.rivalrygraph.actor;

import dev.rivalrygraph.fact.RankSelection;
import dev.rivalrygraph.fact.Subject;
import dev.rivalrygraph.persistence.Batches;
import dev.rivalrygraph.persistence.DatabaseTimeouts;
import dev.rivalrygraph.persistence.Reads;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** The aliases every subject has; the fields other features add to actors live in those features. */
@GraphQLApi
@Reads
@DatabaseTimeouts
public class ActorGraphQLApi {

    @Inject
    RankSelection.Chosen chosen;

    @NonNull
    @Description("Other names found in the sources: former names, spellings, transliterations.")
    public List<List<@NonNull Alias>> aliases(@Source List<Subject> subjects) {
        return Batches.groupBy(subjects, Subject::getId, Alias.ofSubjects(Batches.keys(subjects, Subject::getId),
                chosen.rule()),
                a -> a.subjectId);
    }
}
