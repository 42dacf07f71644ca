package id.go.mojokertokab.prokopim.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Lets the nodes of a cluster start one after another on PostgreSQL. Camunda creates its schema,
 * and the starter its administrator, without a lock of their own: two nodes starting at once on an
 * empty database both try, and one fails on a duplicate key. So a node holds a PostgreSQL advisory
 * lock from before its engine first touches the database until it is ready, IdentitySeeder's
 * seeding included; another node starting meanwhile waits, then finds everything in place. A node
 * that dies releases the lock with its connection. On H2, which only one process opens, it does
 * nothing.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin {

    /** Released after every other listener of ApplicationReadyEvent, the seeding among them. */
    public static final int RELEASE_ORDER = Ordered.LOWEST_PRECEDENCE;

    /** Any number no other advisory lock on the database uses: "PROKOPIM" in ASCII. */
    private static final long KEY = 0x50524F4B4F50494DL;
    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection holder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            holder = connection;
            if (!query("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                LOG.info("Another node is starting on this database; waiting for it to finish (startup lock)");
                query("SELECT pg_advisory_lock(" + KEY + ") IS NULL");
            }
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Cannot take the startup lock on the database", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(RELEASE_ORDER)
    @PreDestroy
    public synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder) {
            holder = null;
            query(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warn("Could not release the startup lock; it goes with the connection", e);
        }
    }

    private boolean query(String sql) throws SQLException {
        return query(holder, sql);
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() && result.getBoolean(1);
        }
    }
}
