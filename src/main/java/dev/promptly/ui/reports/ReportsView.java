package dev.promptly.ui.reports;

import atlantafx.base.theme.Styles;
import dev.promptly.items.InboxStatus;
import dev.promptly.reports.ChannelFigures;
import dev.promptly.reports.RepFigures;
import dev.promptly.reports.ResponseSample;
import dev.promptly.reports.Trend;
import dev.promptly.reports.Week;
import dev.promptly.reports.WeeklyReport;
import dev.promptly.reports.export.ReportFormat;
import dev.promptly.reports.export.ReportTable;
import dev.promptly.ui.ColumnFit;
import dev.promptly.ui.TableHeight;
import dev.promptly.ui.TeamChooser;
import dev.promptly.ui.TimeText;
import dev.promptly.ui.Tooltips;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The manager's weekly summary: per rep and in total, the trend, how long answers took, and the exports. */
public final class ReportsView extends BorderPane {

    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private static final double ROW_HEIGHT = 28;
    /**
     * The summary's table is set smaller than the rest, totals in bold (see promptly.css): a week reads whole at 1280
     * px. The padding is a cell's own (0.5em either side at 12 px), no more: all teams' columns need every pixel.
     */
    private static final ColumnFit FIT = new ColumnFit(12, javafx.scene.text.FontWeight.BOLD, 11, 12);
    /** A rep's or a team's count in a week. */
    private static final String COUNT = "999";

    private final ReportsViewModel model;
    private final ObservableList<ReportTable.Line> lines = FXCollections.observableArrayList();
    private final TableView<ReportTable.Line> table = new TableView<>(lines);
    private final TableColumn<ReportTable.Line, String> repColumn = column("Rep", 134, this::name);
    /** Showing all teams: each team's total heads its reps, named by the team (no Team column to fit). */
    private boolean allTeams;
    private final CheckBox businessHours = new CheckBox("Business hours");
    private final Label heading = new Label();
    private final Label banner = new Label();
    private final ReportCharts charts = new ReportCharts();

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        getStyleClass().add("reports");
        setTop(header());
        Node charts = chartsPane();
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox body = new VBox(table(), charts);
        setCenter(body);
        TableHeight.fitRows(table, 6);
        model.reportProperty().addListener((o, a, report) -> show(report));
    }

    private Node header() {
        TeamChooser team = new TeamChooser(model.teams(), model.teamProperty(), model.canChooseTeamProperty());
        team.setId("reportTeam");
        team.setAccessibleText("Team of the summary");
        ComboBox<String> week = new ComboBox<>(model.weeks());
        week.setId("reportWeek");
        week.setAccessibleText("Week of the summary");
        week.setConverter(new StringConverter<>() {
            @Override
            public String toString(String label) {
                if (label == null) {
                    return "";
                }
                Week w = Week.parse(label, ZoneOffset.UTC);
                return label + "  ·  " + TimeText.day(w.monday()) + " – " + TimeText.day(w.monday().plusDays(6))
                        + (model.isCurrentWeek(label) ? "  ·  this week so far" : "");
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        week.valueProperty().bindBidirectional(model.weekProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty().or(model.exportingProperty()));
        businessHours.setId("businessHours");
        Tooltips.set(businessHours, "Show response times counted in the team's open hours");
        businessHours.managedProperty().bind(businessHours.visibleProperty());
        businessHours.setVisible(false);
        businessHours.selectedProperty().addListener((o, a, b) -> table.refresh());
        Button refresh = new Button(null, new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("reportRefresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        Tooltips.set(refresh, "Build the summary again (F5)");
        refresh.setOnAction(e -> model.refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label teamLabel = new Label("Team");
        Label weekLabel = new Label("Week");
        HBox bar = new HBox(8, teamLabel, team, weekLabel, week, refresh, loading, businessHours,
                grow, exportButton("CSV", ReportFormat.CSV, MaterialDesignF.FILE_DELIMITED_OUTLINE),
                exportButton("Excel", ReportFormat.XLSX, MaterialDesignF.FILE_EXCEL_OUTLINE),
                exportButton("PDF", ReportFormat.PDF, MaterialDesignF.FILE_PDF_BOX));
        // Nothing in the toolbar gives up its words for another's: each keeps the width its text needs.
        for (Node node : bar.getChildren()) {
            if (node instanceof Region region && node != grow && node != week) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // The week box is as wide as its longest entry ("… · this week so far"), and the team box grows once its list
        // has been opened: at 1280 px that pushed PDF and the table's last column off the window. The week box may
        // give up the room its closed value does not use.
        keepWholeWhenClosed(week);
        bar.setAlignment(Pos.CENTER_LEFT);
        heading.setId("reportHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        banner.setId("reportAlert");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        banner.getStyleClass().addAll("trend-banner", Styles.DANGER);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        VBox top = new VBox(8, bar, heading, new SavedFileBar(model), banner);
        top.setPadding(new Insets(12));
        return top;
    }

    private Button exportButton(String text, ReportFormat format, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId("export" + format.name());
        Tooltips.set(button, "Save this summary as " + text);
        button.disableProperty().bind(model.reportProperty().isNull().or(model.exportingProperty()));
        button.setOnAction(e -> model.export(format));
        return button;
    }

    /** A combo box may shrink down to what its chosen value needs, never below. */
    private static void keepWholeWhenClosed(ComboBox<String> box) {
        Runnable fit = () -> {
            javafx.scene.text.Text shown = new javafx.scene.text.Text(box.getConverter().toString(box.getValue()));
            // Measured in the type the box shows it in, once its skin has made the cell; the default font before.
            shown.setFont(box.lookup(".list-cell") instanceof javafx.scene.control.Labeled cell ? cell.getFont()
                    : Font.getDefault());
            box.setMinWidth(Math.ceil(shown.getLayoutBounds().getWidth()) + CLOSED_BOX_PARTS);
        };
        box.valueProperty().addListener((o, was, is) -> fit.run());
        fit.run();
    }

    /** A closed combo box's padding and arrow button, besides its text. */
    private static final double CLOSED_BOX_PARTS = 64;

    private Node table() {
        table.setId("reportTable");
        dev.promptly.ui.FocusWhenShown.install(table);
        table.setPlaceholder(new Label("Building the summary…"));
        // Columns share out the width by what each needs; the table is as tall as its rows, so the total is seen.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add(Styles.DENSE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportTable.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(TOTAL, !empty && line != null && line.isTotal());
            }
        });
        table.getColumns().setAll(List.of(FIT.atLeast(repColumn, TYPICAL_REP),
                channelColumns("Calls", RepFigures::callbacks),
                channelColumns("Emails", RepFigures::emails),
                group("Commitments", number("Due", 40, f -> f.commitments().count()),
                        number("Kept", 44, f -> f.commitments().onTime()),
                        number("Late", 42, f -> f.commitments().late()),
                        number("Over-\ndue", 50, f -> f.commitments().openOverdue())),
                FIT.atLeast(column("On time", 70, l -> percent(l.figures().onTimePct())), "100.0 %"),
                number("Esca-\nlated", 52, RepFigures::escalationsOut),
                FIT.atLeast(column("Inbox", 78, ReportsView::inbox), "A few (12)")));
        return table;
    }

    private static final String TYPICAL_REP = "Quentin Wagner";
    /** A rep under their team's line, when all teams are shown. */
    private static final String UNDER_TEAM = "   ";

    private String name(ReportTable.Line line) {
        if (!line.isTotal()) {
            return allTeams ? UNDER_TEAM + line.name() : line.name();
        }
        return line.team() == null ? "All teams" : allTeams ? line.team() : "Team total";
    }

    private TableColumn<ReportTable.Line, ?> channelColumns(String title, Function<RepFigures, ChannelFigures> channel) {
        return group(title,
                number("In", 44, f -> channel.apply(f).outcomes().count()),
                number("On\ntime", 46, f -> channel.apply(f).outcomes().onTime()),
                number("Late", 42, f -> channel.apply(f).outcomes().late()),
                number("Over-\ndue", 50, f -> channel.apply(f).outcomes().openOverdue()),
                FIT.atLeast(column("Median", 64, l -> seconds(times(channel.apply(l.figures())).medianSeconds())),
                        "12.5 h"),
                FIT.atLeast(column("90 %", 64, l -> seconds(times(channel.apply(l.figures())).p90Seconds())),
                        "12.5 h"));
    }

    /** Calendar times, or business times when the user asks for them and the team counts business hours. */
    private ResponseSample times(ChannelFigures channel) {
        return businessHours.isSelected() && channel.business() != null ? channel.business() : channel.calendar();
    }

    @SafeVarargs
    private static TableColumn<ReportTable.Line, ?> group(String title, TableColumn<ReportTable.Line, ?>... columns) {
        TableColumn<ReportTable.Line, String> group = new TableColumn<>(title);
        group.getColumns().setAll(List.of(columns));
        return group;
    }

    private static String seconds(Long seconds) {
        return seconds == null ? "–" : TimeText.hours(Duration.ofSeconds(seconds));
    }

    private static String percent(Double pct) {
        return pct == null ? "–" : String.format(Locale.ROOT, "%.1f %%", pct);
    }

    /**
     * A synced rep's inbox as the mail server last saw it in the week, with their inbox-zero streak ("Zero · 4 d");
     * otherwise the open emails in Promptly at the end of the week.
     */
    private static String inbox(ReportTable.Line line) {
        if (line.mailbox() != null) {
            InboxStatus last = line.mailbox().days().stream().filter(java.util.Objects::nonNull)
                    .reduce((a, b) -> b).orElse(null);
            return (last == null ? "–" : TimeText.capitalized(last.label())) + " · " + line.mailbox().zeroStreak()
                    + " d";
        }
        RepFigures figures = line.figures();
        int open = figures.inbox().openEmails();
        return switch (figures.inbox().status()) {
            case ZERO -> "Zero";
            case FEW -> "A few (" + open + ")";
            case OVER -> "Over (" + open + ")";
        };
    }

    private static TableColumn<ReportTable.Line, String> column(String title, double width,
                                                                Function<ReportTable.Line, String> value) {
        TableColumn<ReportTable.Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<ReportTable.Line, Number> number(String title, double width,
                                                                Function<RepFigures, Integer> value) {
        TableColumn<ReportTable.Line, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.getStyleClass().add("number");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().figures())));
        return FIT.atLeast(column, COUNT);
    }

    private Node chartsPane() {
        HBox box = new HBox(12, charts.trend(), charts.responses());
        HBox.setHgrow(charts.trend(), Priority.ALWAYS);
        HBox.setHgrow(charts.responses(), Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 8, 12));
        // The charts take what the table leaves: a small preferred height, so the table's rows come first.
        box.setPrefHeight(200);
        // Below 200 px the axis titles are cut ("On ti…"), as with all teams' twenty lines at 1280x720.
        box.setMinHeight(200);
        return box;
    }

    /**
     * With all teams, the summary has a line per rep of every team (over twenty for the demo): more than a 1280x720
     * screen holds, so a total at the bottom scrolled out of sight, and a Team column pushed the last figures off
     * its side. On screen each total comes above what it adds up: the all-teams total first, under the header, where
     * it is seen whatever the number of reps, then each team's line (named by the team) above its reps. The exports
     * keep their own order.
     */
    static List<ReportTable.Line> totalsFirst(List<ReportTable.Line> lines) {
        List<ReportTable.Line> ordered = new java.util.ArrayList<>();
        lines.stream().filter(l -> l.isTotal() && l.team() == null).forEach(ordered::add);
        List<ReportTable.Line> reps = new java.util.ArrayList<>();
        for (ReportTable.Line line : lines) {
            if (line.team() == null) {
                continue;
            }
            if (line.isTotal()) {
                ordered.add(line);
                ordered.addAll(reps);
                reps.clear();
            } else {
                reps.add(line);
            }
        }
        ordered.addAll(reps);
        return ordered;
    }

    private void show(WeeklyReport report) {
        if (report == null) {
            return;
        }
        allTeams = report.team() == null;
        // The rep column holds the longest team name too when the teams' lines are named in it.
        FIT.atLeast(repColumn, allTeams ? java.util.stream.Stream.concat(java.util.stream.Stream.of(UNDER_TEAM
                + TYPICAL_REP), report.teams().stream().map(t -> t.team().name()))
                .max(java.util.Comparator.comparingDouble(name -> FIT.needed(repColumn, name))).orElseThrow()
                : TYPICAL_REP);
        lines.setAll(allTeams ? totalsFirst(ReportTable.lines(report)) : ReportTable.lines(report));
        table.refresh();
        table.setPlaceholder(new Label("No reps in this team."));
        boolean business = report.total().callbacks().business() != null;
        businessHours.setVisible(business);
        if (!business) {
            businessHours.setSelected(false);
        }
        Week week = report.teamWeek();
        heading.setText(report.title() + "  ·  " + report.week() + "  ·  "
                + (week == null ? "each team in its own time zone"
                : TimeText.day(week.monday()) + " – " + TimeText.day(week.monday().plusDays(6)) + ", "
                + week.zone().getId())
                + "  ·  as of " + (week == null ? TimeText.dayAndTimeWithZone(report.asOf(), ZoneOffset.UTC)
                : TimeText.dayAndTime(report.asOf(), week.zone())));
        Trend trend = report.trend();
        banner.setVisible(trend.alert());
        if (trend.alert()) {
            banner.setText(String.format(Locale.ROOT, "On time %.1f %% this week: 10 points or more below the "
                    + "previous four weeks' %.1f %%. Look at the late and overdue items with the team.",
                    trend.current().onTimePct(), trend.previousMean()));
        }
        charts.show(report);
    }
}
