package dev.rivalrygraph.conflict;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ConflictKind")
@Description("Whether the sides of a conflict give different values, or write one name differently.")
public enum ConflictKind {
    @Description("Different values: another kind, amount, answer, or another name (\"Noam Shazeer\" / \"Noam "
            + "Sherzier\": a surname spelled with other letters is a disagreement between sources).")
    VALUE,
    @Description("One name written with other spacing or punctuation, or without its plural s (\"OpenAI\" / \"Open "
            + "AI\", \"Threads\" / \"Thread\"). A name that differs only in letter case is no conflict at all: it is "
            + "the same name.")
    SPELLING
}
