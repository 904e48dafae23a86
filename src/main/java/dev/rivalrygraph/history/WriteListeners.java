package dev.rivalrygraph.history;

import dev.rivalrygraph.fact.Statements;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers the Hibernate listeners that must see every write, inside its transaction: {@link Statements} keeps
 * the statement table right, {@link ChangeRecorder} records the history. Here, above both, so that {@code fact/}
 * does not know the history. Listed in {@code META-INF/services}, which Quarkus reads at build time, for the JVM
 * and native executables alike.
 */
public class WriteListeners implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        Statements statements = new Statements();
        ChangeRecorder history = new ChangeRecorder();
        listeners.appendListeners(EventType.POST_INSERT, statements, history);
        listeners.appendListeners(EventType.POST_UPDATE, statements, history);
        listeners.appendListeners(EventType.POST_DELETE, statements, history);
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, history);
    }
}
