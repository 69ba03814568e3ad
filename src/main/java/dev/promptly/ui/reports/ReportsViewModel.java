package dev.promptly.ui.reports;

import dev.promptly.common.InvalidInputException;
import dev.promptly.people.PeopleService;
import dev.promptly.people.Rep;
import dev.promptly.people.Role;
import dev.promptly.people.Team;
import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.reports.WeeklyReports;
import dev.promptly.reports.export.ReportExport;
import dev.promptly.reports.export.ReportFormat;
import dev.promptly.ui.DesktopFiles;
import dev.promptly.ui.DialogService;
import dev.promptly.ui.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's weekly summary: pick a team (or all) and a week, see it, export it. Reports are built and files
 * written in the background; only the latest request shows.
 */
public final class ReportsViewModel {

    /** How many weeks back the week chooser offers. */
    static final int WEEKS_OFFERED = 26;

    private final WeeklyReports reports;
    private final PeopleService people;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<String> weeks = FXCollections.observableArrayList();
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObjectProperty<String> week = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WeeklyReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChooseTeam = new ReadOnlyBooleanWrapper();
    private boolean ownTeamOnly;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>();
    private long generation;
    /** While {@link #show} sets team and week together, their listeners must not each start a load. */
    private boolean choosing;

    private record Loaded(List<Team> teams, WeeklyReport report) {
    }

    public ReportsViewModel(WeeklyReports reports, PeopleService people, Clock clock, TaskRunner tasks,
                            DialogService dialogs) {
        this.reports = reports;
        this.people = people;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        team.addListener((o, a, b) -> {
            if (!choosing && (a == null || b == null || a.id() != b.id())) {
                refresh();
            }
        });
        week.addListener((o, a, b) -> {
            if (!choosing && b != null && !b.equals(a)) {
                refresh();
            }
        });
    }

    /**
     * Shows the summary to {@code viewer}: of {@code wanted} (their own team when null, as reps may see only
     * theirs), for the last complete week: on a Monday morning the week that is over is the one to talk about,
     * not the hours of the new one.
     */
    public void show(Rep viewer, Team wanted) {
        show(viewer, wanted, false);
    }

    /** As {@link #show(Rep, Team)}; {@code thisWeek} opens on the current week so far instead. */
    public void show(Rep viewer, Team wanted, boolean thisWeek) {
        canChooseTeam.set(viewer.role() != Role.REP && !ownTeamOnly);
        tasks.run(() -> people.teamOf(viewer), own -> {
            Team shown = wanted != null && canChooseTeam.get() ? wanted : own;
            choosing = true;
            weeks.setAll(weeksUpTo(shown == null ? ZoneOffset.UTC : shown.zone()));
            week.set(weeks.get(thisWeek ? 0 : 1));
            team.set(shown);
            choosing = false;
            refresh();
        }, this::failed);
    }

    /** This week first, then the weeks before it. */
    private List<String> weeksUpTo(ZoneId zone) {
        List<String> labels = new ArrayList<>();
        Week w = Week.containing(clock.instant(), zone);
        for (int i = 0; i < WEEKS_OFFERED; i++) {
            labels.add(w.label());
            w = w.previous();
        }
        return labels;
    }

    /** Builds the chosen report again. */
    public void refresh() {
        Team chosen = team.get();
        String chosenWeek = week.get();
        if (chosenWeek == null) {
            return;
        }
        long current = ++generation;
        loading.set(true);
        tasks.run(() -> new Loaded(people.teams(), reports.report(chosen, chosenWeek, clock.instant())), loaded -> {
            if (current != generation) {
                return;
            }
            loading.set(false);
            teams.setAll(loaded.teams());
            report.set(loaded.report());
        }, failure -> {
            if (current == generation) {
                loading.set(false);
                failed(failure);
            }
        });
    }

    /** Asks where to save the report shown, then writes it there in the background. */
    public void export(ReportFormat format) {
        WeeklyReport shown = report.get();
        if (shown == null) {
            return;
        }
        String suggested = "promptly-" + shown.week() + "-" + shown.title().replaceAll("[^\\p{L}\\p{N}]+", "-")
                .toLowerCase(java.util.Locale.ROOT) + "." + format.extension();
        dialogs.chooseSaveFile("Export the weekly summary", suggested, format.label().toUpperCase(java.util.Locale.ROOT),
                        format.extension())
                .ifPresent(file -> write(shown, format, file));
    }

    private void write(WeeklyReport shown, ReportFormat format, Path file) {
        exporting.set(true);
        savedFile.set(null);
        message.set("Saving " + file.getFileName() + "…");
        tasks.run(() -> {
            try {
                ReportExport.toFile(shown, format, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, saved -> {
            exporting.set(false);
            message.set("Saved " + saved.getFileName());
            savedFile.set(saved);
        }, failure -> {
            exporting.set(false);
            Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
            message.set("Not saved");
            dialogs.showError("The summary was not saved", "Promptly could not write " + file + ": "
                    + cause.getMessage() + ". Nothing was changed there.");
        });
    }

    private void failed(Throwable failure) {
        message.set(String.valueOf(failure.getMessage()));
        dialogs.showError(failure instanceof InvalidInputException ? "That did not work" : "Something went wrong",
                String.valueOf(failure.getMessage()));
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    /** The weeks offered, this week (not yet complete) first. */
    public ObservableList<String> weeks() {
        return weeks;
    }

    /** True for the week not yet over, whose figures are still growing. */
    public boolean isCurrentWeek(String label) {
        return !weeks.isEmpty() && weeks.get(0).equals(label);
    }

    /** The team shown; null for all teams. */
    public ObjectProperty<Team> teamProperty() {
        return team;
    }

    /** The ISO week shown, such as "2026-W47". */
    public ObjectProperty<String> weekProperty() {
        return week;
    }

    public ReadOnlyObjectProperty<WeeklyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /**
     * Keeps the viewer to their own team whatever their role: on a team store a lead signed in sees only their team,
     * and other teams would show empty.
     */
    public void ownTeamOnly(boolean only) {
        this.ownTeamOnly = only;
    }

    public ReadOnlyBooleanProperty canChooseTeamProperty() {
        return canChooseTeam.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file the last export wrote, until the next export starts; null when none. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    /** Opens the saved file in the program its kind belongs to (in the background: it may start that program). */
    public void openSaved() {
        onSaved(DesktopFiles::open);
    }

    /** Shows the folder the saved file is in. */
    public void showSavedInFolder() {
        onSaved(DesktopFiles::showInFolder);
    }

    private void onSaved(java.util.function.Consumer<Path> action) {
        Path file = savedFile.get();
        if (file == null) {
            return;
        }
        tasks.run(() -> {
            action.accept(file);
            return file;
        }, opened -> { }, failure -> message.set(String.valueOf(failure.getMessage())));
    }
}
