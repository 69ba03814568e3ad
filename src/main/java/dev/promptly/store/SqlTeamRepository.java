package dev.promptly.store;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Labeled;
import dev.promptly.people.Team;
import dev.promptly.people.TeamRepository;
import dev.promptly.sla.ClockKind;
import dev.promptly.sla.ResponsePolicy;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class SqlTeamRepository implements TeamRepository {

    private static final String COLUMNS = "id, name, zone, target, due_soon, clock, schedule";

    private final Database db;
    /**
     * Parsed schedules by their stored JSON: parsing loads holiday calendars, and a schedule keeps its computed
     * open hours, so every read of a team shares one instance while its schedule is unchanged.
     */
    private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

    SqlTeamRepository(Database db) {
        this.db = db;
    }

    @Override
    public Team add(Team team) {
        ResponsePolicy policy = team.policy();
        return db.write(c -> {
            try {
                long id = Jdbc.insert(c, "INSERT INTO teams (name, zone, target, due_soon, clock, schedule) "
                                + "VALUES (?, ?, ?, ?, ?, ?)",
                        team.name(), team.zone().getId(), policy.target().toString(), policy.dueSoon().toString(),
                        policy.clock(), scheduleJson(policy));
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
    public Team updatePolicy(Team team, ResponsePolicy policy) {
        return db.write(c -> {
            Jdbc.update(c, "UPDATE teams SET target = ?, due_soon = ?, clock = ?, schedule = ? WHERE id = ?",
                    policy.target().toString(), policy.dueSoon().toString(), policy.clock(), scheduleJson(policy),
                    team.id());
            return new Team(team.id(), team.name(), team.zone(), policy);
        });
    }

    private static String scheduleJson(ResponsePolicy policy) {
        return policy.schedule() == null ? null : ScheduleFormat.write(policy.schedule());
    }

    @Override
    public Optional<Team> findByName(String name) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM teams WHERE " + db.equalsIgnoringCase("name"),
                this::map, name));
    }

    @Override
    public Optional<Team> findById(long id) {
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM teams WHERE id = ?",
                this::map, id));
    }

    @Override
    public List<Team> list() {
        return db.withConnection(c -> Jdbc.query(c, "SELECT " + COLUMNS + " FROM teams ORDER BY lower(name), id", this::map));
    }

    private Team map(ResultSet row) throws SQLException {
        String json = row.getString("schedule");
        ResponsePolicy policy = ResponsePolicy.withStoredSchedule(
                Labeled.parse(ClockKind.class, row.getString("clock"), "clock"),
                Duration.parse(row.getString("target")), Duration.parse(row.getString("due_soon")),
                json == null ? null : () -> schedules.computeIfAbsent(json, ScheduleFormat::parseStored));
        return new Team(row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("zone")), policy);
    }
}
