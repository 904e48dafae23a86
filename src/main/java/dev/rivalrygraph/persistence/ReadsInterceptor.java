package dev.rivalrygraph.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs {@link Reads} resolvers on the request's session, or in a transaction of their own for subscriptions. */
@Reads
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadsInterceptor {

    @AroundInvoke
    Object read(InvocationContext call) throws Exception {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (context == null || !"subscription".equalsIgnoreCase(context.getOperationType())) {
            return call.proceed();
        }
        try {
            return QuarkusTransaction.joiningExisting().call(call::proceed);
        } catch (QuarkusTransactionException e) {
            // the resolver's own checked exception (a typed error), wrapped by QuarkusTransaction
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
