package id.go.mojokertokab.prokopim.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the tests may use: {@code PROKOPIM_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code PROKOPIM_TEST_PG_USER} and
 * {@code PROKOPIM_TEST_PG_PASSWORD} (both default {@code prokopim_test}), a role allowed to create
 * databases. {@code .ci/run} creates that role on a local server.
 */
final class TestPostgres {

    static final String SERVER = env("PROKOPIM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = env("PROKOPIM_TEST_PG_USER", "prokopim_test");
    static final String PASSWORD = env("PROKOPIM_TEST_PG_PASSWORD", "prokopim_test");

    private TestPostgres() {
    }

    static String url(String database) {
        return SERVER + database;
    }

    /** Why the server cannot be used, or null when it can. */
    static String unreachable() {
        try (Connection connection = connect("postgres")) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** A new, empty database of that name (an older one is dropped first). */
    static void recreateDatabase(String database) {
        dropDatabase(database);
        admin("CREATE DATABASE " + database);
    }

    static void dropDatabase(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    static Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(database), properties);
    }

    private static void admin(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " as " + USER + ": " + sql + " failed", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
