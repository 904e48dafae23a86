package dev.rivalrygraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SearchType")
@Description("What `search` may return.")
public enum SearchType {
    @Description("People, by name or alias.") PERSON,
    @Description("Organizations, by name or alias.") ORGANIZATION,
    @Description("Products, by name or alias.") PRODUCT,
    @Description("Rivalries, by title.") RIVALRY,
    @Description("Events, by title.") EVENT,
    @Description("Claims, by their text.") CLAIM,
    @Description("Citations, by their excerpt.") CITATION,
    @Description("Sources, by title.") SOURCE
}
