package dev.rivalrygraph.live;

import io.smallrye.graphql.api.ErrorCode;

/** Ends a subscription whose client reads its events more slowly than facts change; it can subscribe again. */
@ErrorCode("LIMIT_EXCEEDED")
public class SubscriberTooSlowException extends Exception {

    SubscriberTooSlowException(int behind) {
        super("This subscription fell " + behind + " events behind and was ended; subscribe again.", null, false,
                false);
    }
}
