package dev.promptly.store;

import dev.promptly.common.InvalidInputException;
import dev.promptly.people.Team;
import dev.promptly.people.TeamRepository;
import dev.promptly.sla.ResponsePolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

final class SqliteTeamRepository implements TeamRepository {

    private static final String COLUMNS = "id, name, zone, target, due_soon";

    private final Database db;

    SqliteTeamRepository(Database db) {
        this.db = db;
    }

    @Override
    public Team add(Team team) {
        return db.write(c -> {
            try {
                long id = Jdbc.insert(c, "INSERT INTO teams (name, zone, target, due_soon) VALUES (?, ?, ?, ?)",
                        team.name(), team.zone().getId(), team.policy().target().toString(),
                        team.policy().dueSoon().toString());
                return team.withId(id);
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new InvalidInputException("a team named '" + team.name() + "' already exists");
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<Team> findByName(String name) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM teams WHERE name = ?",
                SqliteTeamRepository::map, name));
    }

    @Override
    public Optional<Team> findById(long id) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM teams WHERE id = ?",
                SqliteTeamRepository::map, id));
    }

    @Override
    public List<Team> list() {
        return db.withConnection(c -> Jdbc.query(c, "SELECT " + COLUMNS + " FROM teams ORDER BY name",
                SqliteTeamRepository::map));
    }

    private static Team map(ResultSet row) throws SQLException {
        return new Team(row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("zone")),
                new ResponsePolicy(Duration.parse(row.getString("target")), Duration.parse(row.getString("due_soon"))));
    }
}
