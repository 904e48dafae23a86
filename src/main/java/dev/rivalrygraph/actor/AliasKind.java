package dev.rivalrygraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AliasKind")
@Description("How another name relates to the name the graph uses.")
public enum AliasKind {
    @Description("A name it had before (Twitter, for X).") FORMER_NAME,
    @Description("A different spelling or capitalisation found in a source.") SPELLING,
    @Description("A transliteration left in a translated source ('Seuredeu' for Threads).") TRANSLITERATION,
    @Description("A short form or abbreviation (MS for Microsoft).") SHORT_NAME,
    @Description("Another name in use.") ALTERNATE_NAME
}
