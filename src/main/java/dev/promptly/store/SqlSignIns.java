package dev.promptly.store;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.NotAllowedException;
import dev.promptly.people.Rep;
import dev.promptly.people.RepRepository;
import dev.promptly.people.SignIns;
import dev.promptly.people.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in on the team store, as the server knows it: the session's login, its rep (reps.login) and the role the
 * server's functions give it (db/migration/postgresql/V5). Logins are managed through the server's own functions,
 * which refuse anyone but an admin. The single-user store has no sign-in.
 */
final class SqlSignIns implements SignIns {

    private final Database db;
    private final RepRepository reps;

    SqlSignIns(Database db, RepRepository reps) {
        this.db = db;
        this.reps = reps;
    }

    @Override
    public Optional<SignedIn> current() {
        if (!(db instanceof PostgresDatabase)) {
            return Optional.empty();
        }
        record Session(String login, Long repId, String role) {
        }
        Session session = db.withConnection(c -> Jdbc.queryOne(c, "SELECT session_user, promptly_rep_id(), "
                + "promptly_role()", row -> new Session(row.getString(1), Jdbc.nullableLong(row, "promptly_rep_id"),
                row.getString(3))).orElseThrow());
        if (session.role() == null) {
            throw new NotAllowedException("the login " + session.login() + " is not linked to a rep of this team "
                    + "store: ask an admin to run promptly users add " + session.login() + " --rep EMAIL", null);
        }
        Rep rep = session.repId() == null ? null : reps.findById(session.repId()).orElse(null);
        return Optional.of(new SignedIn(session.login(), rep, SignedIn.Access.of(session.role())));
    }

    @Override
    public Optional<String> teamOfHiddenItem(long itemId) {
        if (!(db instanceof PostgresDatabase)) {
            return Optional.empty();
        }
        return db.withConnection(c -> Jdbc.queryOne(c, "SELECT team FROM (SELECT promptly_item_team(?) AS team) t "
                + "WHERE team IS NOT NULL", row -> row.getString(1), itemId));
    }

    @Override
    public boolean add(String login, Rep rep, String password) {
        requireAdmin("add logins");
        return db.write(c -> Jdbc.queryOne(c, "SELECT promptly_add_user(?, ?, ?)", row -> row.getBoolean(1),
                login, rep.email(), password).orElse(false));
    }

    @Override
    public List<Login> list() {
        requireServer();
        return db.withConnection(c -> {
            List<Login> logins = new ArrayList<>();
            Jdbc.query(c, "SELECT r.login, r.id, r.role, coalesce(p.rolcanlogin, false) AS can, "
                    + "coalesce(pg_has_role(r.login, 'promptly_admin', 'MEMBER'), false) AS admin "
                    + "FROM reps r LEFT JOIN pg_roles p ON p.rolname = r.login WHERE r.login IS NOT NULL "
                    + "ORDER BY r.login", row -> logins.add(new Login(row.getString("login"),
                    reps.findById(row.getLong("id")).orElse(null), row.getBoolean("admin") ? SignedIn.Access.ADMIN
                    : SignedIn.Access.of(row.getString("role")), row.getBoolean("can"))));
            Jdbc.query(c, "SELECT m.rolname, m.rolcanlogin FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                    + "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'promptly_admin' AND NOT EXISTS "
                    + "(SELECT 1 FROM reps r WHERE r.login = m.rolname) ORDER BY m.rolname",
                    row -> logins.add(new Login(row.getString(1), null, SignedIn.Access.ADMIN, row.getBoolean(2))));
            return logins;
        });
    }

    @Override
    public void remove(String login) {
        requireAdmin("remove logins");
        db.write(c -> Jdbc.query(c, "SELECT promptly_remove_user(?)", row -> 0, login));
    }

    /** Says who is refused before the server refuses them in its own words (it would: the functions check too). */
    private void requireAdmin(String doing) {
        requireServer();
        current().filter(me -> me.access() != SignedIn.Access.ADMIN).ifPresent(me -> {
            throw new NotAllowedException(me.who() + " may not " + doing + ": only an admin may; nothing was "
                    + "written", null);
        });
    }

    private void requireServer() {
        if (!(db instanceof PostgresDatabase)) {
            throw new InvalidInputException("this store is a file on this computer and has no sign-in; logins "
                    + "belong to a team store (see docs/team-server.md)");
        }
    }
}
