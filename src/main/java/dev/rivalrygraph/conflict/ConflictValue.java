package dev.rivalrygraph.conflict;

import dev.rivalrygraph.fact.Cited;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.ArrayList;
import java.util.List;

@Type("ConflictValue")
@Description("One side of a conflict: a value and the records that give it (their `citations` say who reported it).")
public class ConflictValue {

    @NonNull
    @Description("The value as stored: a name, a kind, an amount with its currency, a date, a claim's words.")
    public final String value;

    @Ignore
    public final List<Long> factIds = new ArrayList<>();

    @NonNull
    @Description("The records giving this value, with their ranks and citations.")
    public List<@NonNull Cited> records = List.of();

    ConflictValue(String value) {
        this.value = value;
    }
}
