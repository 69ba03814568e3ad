package dev.promptly.ui.board;

import static dev.promptly.ui.TextColumns.column;

import dev.promptly.board.RepRow;
import dev.promptly.people.Team;
import dev.promptly.ui.ColumnFit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;

/**
 * What the board needs only while it shows all teams: the reps' team, since the reps table then mixes teams, and a
 * Due column wide enough for a time with its zone ("Mon 7 Dec 17:00 (Sao Paulo)"), the very part that tells
 * equal-looking times of different teams apart.
 */
final class AllTeamsColumns {

    private static final ColumnFit FIT = ColumnFit.STANDARD;

    private final ObservableList<Team> teams;
    private final TableColumn<RepRow, String> team;

    /** @param teams the teams the board knows, to name each rep's */
    AllTeamsColumns(ObservableList<Team> teams) {
        this.teams = teams;
        this.team = column("Team", 150, row -> teamOf(row));
        team.setId("boardRepTeam");
        team.setVisible(false);
    }

    /** The reps' Team column, shown only for all teams. */
    TableColumn<RepRow, String> team() {
        return team;
    }

    /**
     * Shows or hides the Team column, each as wide as its longest text: the team names, and the due times of
     * {@code rows} as {@code due} writes them (with their zone for all teams).
     */
    <T> void show(boolean allTeams, TableColumn<T, String> dueColumn, List<T> rows, Function<T, String> due,
                  String typicalDue) {
        team.setVisible(allTeams);
        if (allTeams) {
            FIT.atLeast(team, longest(team, teams.stream().map(Team::name)));
        }
        FIT.atLeast(dueColumn, longest(dueColumn, Stream.concat(Stream.of(typicalDue), rows.stream().map(due))));
    }

    private String teamOf(RepRow row) {
        return teams.stream().filter(t -> t.id() == row.rep().teamId()).map(Team::name).findFirst().orElse("");
    }

    private static String longest(TableColumn<?, ?> column, Stream<String> texts) {
        return texts.max(Comparator.comparingDouble(text -> FIT.needed(column, text))).orElse("");
    }
}
