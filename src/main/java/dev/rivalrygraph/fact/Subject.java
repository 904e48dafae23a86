package dev.rivalrygraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Subject")
@Description("Anything a claim can be about: a person, an organization or a product.")
public interface Subject extends Cited {

    @NonNull
    @Description("Its name in the graph; other names are in `aliases`.")
    String getName();
}
