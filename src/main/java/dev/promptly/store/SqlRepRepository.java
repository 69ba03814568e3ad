package dev.promptly.store;

import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Rep;
import dev.promptly.people.RepRepository;
import dev.promptly.people.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class SqlRepRepository implements RepRepository {

    private static final String SELECT = "SELECT id, name, email, extension, team_id, role FROM reps ";

    private final Database db;

    SqlRepRepository(Database db) {
        this.db = db;
    }

    @Override
    public Rep add(Rep rep) {
        return db.write(c -> {
            try {
                long id = Jdbc.insert(c, "INSERT INTO reps (name, email, extension, team_id, role) VALUES (?, ?, ?, ?, ?)",
                        rep.name(), rep.email(), rep.extension(), rep.teamId(), rep.role().label());
                return rep.withId(id);
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new InvalidInputException("a rep with email '" + rep.email() + "' already exists");
                }
                throw e;
            }
        });
    }

    @Override
    public Rep setRole(Rep rep, Role role) {
        return db.write(c -> {
            Jdbc.update(c, "UPDATE reps SET role = ? WHERE id = ?", role.label(), rep.id());
            db.roleChanged(c, rep.id(), role.label());
            return new Rep(rep.id(), rep.name(), rep.email(), rep.extension(), rep.teamId(), role);
        });
    }

    @Override
    public Rep moveToTeam(Rep rep, long teamId) {
        return db.write(c -> {
            Jdbc.update(c, "UPDATE reps SET team_id = ? WHERE id = ?", teamId, rep.id());
            return new Rep(rep.id(), rep.name(), rep.email(), rep.extension(), teamId, rep.role());
        });
    }

    @Override
    public Optional<Rep> findByEmail(String email) {
        return db.withConnection(c -> Jdbc.queryOne(c, SELECT + "WHERE " + db.equalsIgnoringCase("email"), SqlRepRepository::map,
                email.strip()));
    }

    @Override
    public Optional<Rep> findById(long id) {
        return db.withConnection(c -> Jdbc.queryOne(c, SELECT + "WHERE id = ?", SqlRepRepository::map, id));
    }

    @Override
    public List<Rep> list() {
        return db.withConnection(c -> Jdbc.query(c, SELECT + "ORDER BY name, id", SqlRepRepository::map));
    }

    @Override
    public List<Rep> listByTeam(long teamId) {
        return db.withConnection(c -> Jdbc.query(c, SELECT + "WHERE team_id = ? ORDER BY name, id",
                SqlRepRepository::map, teamId));
    }

    private static Rep map(ResultSet row) throws SQLException {
        return new Rep(row.getLong("id"), row.getString("name"), row.getString("email"), row.getString("extension"),
                row.getLong("team_id"), Role.valueOf(row.getString("role").toUpperCase(Locale.ROOT)));
    }
}
