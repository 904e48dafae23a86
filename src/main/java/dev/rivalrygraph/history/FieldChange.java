package dev.rivalrygraph.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FieldChange")
@Description("A property a change set, with its value before and after, as text: numbers, dates (ISO 8601) and enum "
        + "values as the API writes them, lists and objects as JSON. Properties that reference another record (`personId`, "
        + "`subjectIds`...) hold its database id.")
public record FieldChange(
        @NonNull @Description("The property's name.") String field,
        @Description("Its value before the change; null when it had none (or the record was created).") String before,
        @Description("Its value after the change; null when it has none (or the record was deleted).") String after) {
}
