package dev.rivalrygraph.conflict;

import dev.rivalrygraph.fact.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("Conflict")
@Description("Records that make the same statement (subject, property, qualifier) with different values: sources "
        + "disagree, or one source contradicts itself; values that differ only in letter case are the same value. "
        + "Computed from the data: every value, with the records giving it "
        + "and their citations.")
public class Conflict {

    @Ignore
    public final long subjectId;

    @NonNull
    @Description("What the statement is about: usually the person, organization or product; for an amount, the "
            + "investment.")
    public Node subject;

    @NonNull
    @Description("What is disputed: `name`, `kind`, `stake`, `position`, `founding role`, `amount`, `launch date`, "
            + "`users DAU`..., or a claim's own property (`trained on user data`).")
    public final String property;

    @NonNull
    @Description("VALUE when the sides give different values; SPELLING when they write one name differently.")
    public final ConflictKind kind;

    @Description("What narrows the property, when something does: the organization of a role (`at X`), the region "
            + "and period of a user figure.")
    public final String qualifier;

    @NonNull
    @Description("The values given, each with its records; at least two.")
    public final List<@NonNull ConflictValue> values;

    @Description("True when one of the records is PREFERRED: a curator has settled it. Settled conflicts are only "
            + "listed with `ranks: ALL`, since by default the outranked records are hidden.")
    public final boolean resolved;

    Conflict(long subjectId, String property, ConflictKind kind, String qualifier, List<ConflictValue> values,
            boolean resolved) {
        this.subjectId = subjectId;
        this.property = property;
        this.kind = kind;
        this.qualifier = qualifier.isEmpty() ? null : qualifier;
        this.values = values;
        this.resolved = resolved;
    }
}
