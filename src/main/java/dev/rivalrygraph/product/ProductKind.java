package dev.rivalrygraph.product;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ProductKind")
@Description("What sort of product this is, as the sources describe it.")
public enum ProductKind {
    SOCIAL_NETWORK, CHATBOT, LANGUAGE_MODEL, ASSISTANT, MESSAGING, VIDEO, SUBSCRIPTION,
    @Description("A capability inside other products.") FEATURE,
    @Description("An AI service not otherwise described.") AI_SERVICE,
    OTHER
}
