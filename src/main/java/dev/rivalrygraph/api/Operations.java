package dev.rivalrygraph.api;

import graphql.language.Document;
import graphql.language.OperationDefinition;

import java.util.List;

/** Picks the operation a request runs, by the GraphQL specification's rules. */
final class Operations {

    private Operations() {
    }

    static OperationDefinition select(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            if (operations.size() != 1) {
                throw new IllegalArgumentException("The document has " + operations.size()
                        + " operations: name the one to run in \"operationName\".");
            }
            return operations.get(0);
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The document has no operation named \""
                        + operationName + "\"."));
    }
}
