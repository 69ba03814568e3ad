package dev.promptly.store;

import dev.promptly.StoreLocation;
import dev.promptly.common.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a database must offer before Promptly sets it up, checked before anything is written, so that the admin
 * reads what to do rather than a migration's failure: an empty schema for a new store (not another application's
 * tables), and an owner who may create the roles the permissions rest on.
 */
final class SetupPreconditions {

    /** The first migration that creates roles ({@code V5__sign_in_and_permissions.sql}). */
    private static final int CREATES_ROLES = 5;

    private SetupPreconditions() {
    }

    /** Refuses, in words, to set up from schema {@code before} what cannot be set up; writes nothing. */
    static void check(DataSource pool, StoreLocation.Server location, int before) {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            if (before == 0) {
                List<String> tables = otherTables(sql);
                if (!tables.isEmpty()) {
                    throw new StoreException("the database at " + location.display() + " already holds "
                            + "tables of another kind (" + shortList(tables) + "), not a Promptly store: set Promptly "
                            + "up in a database of its own, created empty; nothing was written", null);
                }
            }
            if (before < CREATES_ROLES && !mayCreateRoles(sql)) {
                String login = login(sql);
                throw new StoreException(login + " may not create roles, which setting up the team store "
                        + "needs: as a PostgreSQL superuser, run ALTER ROLE " + login + " CREATEROLE, then set up "
                        + "again; nothing was written", null);
            }
        } catch (SQLException e) {
            throw PostgresFailure.explain(e, location);
        }
    }

    private static List<String> otherTables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history' "
                + "ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static boolean mayCreateRoles(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery(
                "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private static String login(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String shortList(List<String> tables) {
        List<String> shown = tables.subList(0, Math.min(3, tables.size()));
        return String.join(", ", shown) + (tables.size() > shown.size() ? " and " + (tables.size() - 3) + " more" : "");
    }
}
