package dev.rivalrygraph.history;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers {@link ChangeRecorder} with Hibernate. Found through {@code META-INF/services}, which Quarkus's
 * Hibernate ORM extension reads at build time, in the JVM and in native executables alike.
 */
public class HistoryIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        ChangeRecorder recorder = new ChangeRecorder();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, recorder);
        listeners.appendListeners(EventType.POST_UPDATE, recorder);
        listeners.appendListeners(EventType.POST_DELETE, recorder);
        listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, recorder);
    }
}
