package dev.rivalrygraph.fact;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/** Registers {@link Statements} with Hibernate (listed in META-INF/services). */
public class StatementsIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        Statements statements = new Statements();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, statements);
        listeners.appendListeners(EventType.POST_UPDATE, statements);
        listeners.appendListeners(EventType.POST_DELETE, statements);
    }
}
