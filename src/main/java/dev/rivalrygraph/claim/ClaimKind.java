package dev.rivalrygraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimKind")
@Description("What sort of statement a claim is.")
public enum ClaimKind {
    @Description("Words the source puts in quotation marks; `text` is verbatim.") QUOTE,
    @Description("An accusation against someone.") ALLEGATION,
    @Description("A statement of fact by the speaker, or by the source itself when there is no speaker.") ASSERTION,
    @Description("A statement about the future, or speculation.") PREDICTION,
    @Description("A denial.") DENIAL
}
