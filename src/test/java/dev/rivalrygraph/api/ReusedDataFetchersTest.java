package dev.rivalrygraph.api;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** SmallRye asks for a batch loader of every batched operation on every request: it must get the one made before. */
@QuarkusTest
class ReusedDataFetchersTest {

    /** A resolver class for the hand-made operations below. */
    public static class Greetings {
        public String hello() {
            return "hello";
        }
    }

    private static Operation hello() {
        Reference string = new Reference.Builder().className(String.class.getName()).name("String")
                .type(ReferenceType.SCALAR).build();
        return new Operation(Greetings.class.getName(), "hello", "hello", "hello", string, OperationType.QUERY,
                Execute.BLOCKING);
    }

    @Test
    void eachOperationGetsOneFetcherHowEverOftenItIsAskedFor() {
        DataFetcherFactory factory = new DataFetcherFactory();
        Type type = new Type(Greetings.class.getName(), "Greetings", null);
        Operation hello = hello();
        assertSame(factory.getSourceBatchLoader(hello, type), factory.getSourceBatchLoader(hello, type));
        assertSame(factory.getDataFetcher(hello, type), factory.getSourceBatchLoader(hello, type));
        // another operation, even an equal one of another schema, gets its own
        assertNotSame(factory.getSourceBatchLoader(hello, type), factory.getSourceBatchLoader(hello(), type));
    }
}
