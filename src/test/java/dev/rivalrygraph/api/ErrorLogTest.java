package dev.rivalrygraph.api;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the log says about the errors of an answer: a server fault at ERROR, with its stack trace, under the id the
 * client is given; a client's mistake in one line below INFO, without a stack trace.
 */
class ErrorLogTest {

    private final Logger logger = Logger.getLogger(ErrorLog.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void captureTheLog() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void aServerFaultIsLoggedAtErrorUnderTheIdTheClientGets() {
        IllegalStateException fault = new IllegalStateException("the pool is gone");
        // As SmallRye reports an unexpected exception: its message hidden behind "System error".
        GraphQLError error = new GraphQLExceptionWhileDataFetching("System error", ResultPath.parse("/person"), fault,
                new SourceLocation(1, 3));

        GraphQLError answered = answer(error);

        assertEquals("INTERNAL_ERROR", answered.getExtensions().get("code"));
        String id = (String) answered.getExtensions().get("errorId");
        assertNotNull(id, "the client gets an error id");
        assertTrue(answered.getMessage().contains(id), answered.getMessage());
        assertTrue(!answered.getMessage().contains("pool"), "no internals to the client: " + answered.getMessage());
        assertEquals(1, records.size());
        LogRecord logged = records.get(0);
        assertTrue(logged.getLevel().intValue() >= Level.SEVERE.intValue(), "logged at " + logged.getLevel());
        assertTrue(logged.getMessage().contains(id) || String.valueOf(logged.getParameters()[0]).equals(id),
                "the log names the id");
        assertSame(fault, logged.getThrown(), "with the stack trace");
    }

    @Test
    void aClientErrorIsOneLineBelowInfo() {
        GraphQLError error = new GraphQLExceptionWhileDataFetching(ResultPath.parse("/person"),
                new dev.rivalrygraph.error.BadUserInputException("\"xx\" is not an id of this API."),
                new SourceLocation(1, 3));

        answer(error);

        assertEquals(1, records.size());
        assertTrue(records.get(0).getLevel().intValue() < Level.INFO.intValue(), "at " + records.get(0).getLevel());
        assertNull(records.get(0).getThrown(), "no stack trace");
    }

    private static GraphQLError answer(GraphQLError error) {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().addError(error).build();
        // Neither the limits nor the meters take part in cleaning errors.
        ExecutionResult cleaned = new ApiInstrumentation(null, null, () -> "unused")
                .instrumentExecutionResult(result, null, null).join();
        assertEquals(1, cleaned.getErrors().size());
        return cleaned.getErrors().get(0);
    }
}
