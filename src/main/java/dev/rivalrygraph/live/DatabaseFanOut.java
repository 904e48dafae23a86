package dev.rivalrygraph.live;

import dev.rivalrygraph.history.ChangeLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * On PostgreSQL, how this replica learns of every write committed through any replica, its own included: a thread
 * of its own holds a dedicated connection that {@code LISTEN}s on {@link ChangeLog#CHANNEL}; each notification (and,
 * as a check, every {@value #IDLE_CHECK_MS} ms without one) makes it read the change log past {@link FactFeed#head}
 * and publish what it finds, in commit order. If the connection fails it reconnects, listens again and reads what it
 * missed meanwhile from the log: notifications only wake it, the log is what it publishes. The connection does not
 * come from the pool: it is held for as long as the application runs.
 */
@ApplicationScoped
public class DatabaseFanOut {

    /** The name the listener's connection shows in pg_stat_activity. */
    public static final String APPLICATION_NAME = "rivalry-graph change listener";

    private static final Logger LOG = Logger.getLogger(DatabaseFanOut.class);
    private static final int WAIT_MS = 1000;
    private static final int IDLE_CHECK_MS = 10_000;
    private static final int MAX_BACKOFF_MS = 5_000;

    @Inject
    ChangeLog log;

    @Inject
    FactFeed feed;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    void start(@Observes StartupEvent started) {
        if (!log.fansOutThroughDatabase()) {
            return;
        }
        feed.head();
        running = true;
        thread = new Thread(this::run, "change-log-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (thread != null) {
            running = false;
            thread.interrupt();
            thread.join(5_000);
        }
    }

    /** Whether the listener is connected and listening (false on H2, where there is none). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        int backoff = 100;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("LISTEN " + ChangeLog.CHANNEL);
                }
                // Listening first, then reading: a commit after the read is notified, one before it is read.
                catchUp(connection);
                listening = true;
                if (backoff > 100) {
                    LOG.info("Listening for committed changes again; missed changes were read from the log");
                }
                backoff = 100;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long lastRead = System.nanoTime();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MS);
                    if (received != null && received.length > 0
                            || System.nanoTime() - lastRead > IDLE_CHECK_MS * 1_000_000L) {
                        catchUp(connection);
                        lastRead = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warnf("The connection listening for committed changes failed (%s); reconnecting in %d ms",
                            e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
                }
            }
        }
        listening = false;
    }

    /** Publishes every change committed after the feed's head, a page of positions at a time. */
    private void catchUp(Connection connection) throws SQLException {
        long last = ChangeLog.last(connection);
        for (long from = feed.head(); from < last; from = Math.min(from + FactFeed.PAGE, last)) {
            long upTo = Math.min(from + FactFeed.PAGE, last);
            feed.publish(ChangeLog.read(connection, from, upTo), upTo);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        // A read that hangs (a half-open connection) fails after this many seconds, and the listener reconnects.
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("connectTimeout", "10");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
