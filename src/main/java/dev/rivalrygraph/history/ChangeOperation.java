package dev.rivalrygraph.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeOperation")
@Description("What a change did to a record: created, updated (a rank, a deprecation and a restore are updates) or "
        + "deleted it, or added, changed or removed one of its citations.")
public enum ChangeOperation {
    CREATED, UPDATED, DELETED, CITATION_ADDED, CITATION_UPDATED, CITATION_REMOVED;

    /** The change made by writing a row: {@code kind} 0 insert, 1 update, 2 delete; of a citation or the record. */
    static ChangeOperation of(int kind, boolean citation) {
        return values()[kind + (citation ? 3 : 0)];
    }
}
