package dev.promptly.ui.imports;

import static dev.promptly.ui.TextColumns.column;

import atlantafx.base.theme.Styles;
import dev.promptly.imports.Rejected;
import java.time.ZoneId;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The import of one file: its options, a preview of what it makes and of the lines it cannot read, and a progress bar. */
public final class ImportDialog extends Dialog<Void> {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final String NOTHING_YET = "Nothing to make yet.";
    private static final String EVERY_LINE_READ = "Every line can be read.";

    public ImportDialog(ImportViewModel model) {
        setTitle(switch (model.kind()) {
            case CALLS -> "Import calls from the phone system";
            case ITEMS -> "Import items from a spreadsheet";
            case MAILBOX -> "Import your mailbox file";
        });
        setHeaderText(model.file().toString());
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CLOSE);
        getDialogPane().setContent(content(model));
        getDialogPane().setMinSize(900, 660);

        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.setId("importButton");
        importButton.disableProperty().bind(model.runningProperty().or(model.importedProperty())
                .or(model.failedProperty()));
        // The dialog stays open while the import runs and afterwards, to show what it did.
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(model.runningProperty());
    }

    private Node content(ImportViewModel model) {
        GridPane options = new GridPane();
        options.setHgap(12);
        options.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        options.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        if (model.kind() == ImportViewModel.Kind.CALLS) {
            ComboBox<ZoneId> zone = zoneChooser(model);
            options.addRow(row++, new Label("Times in the file are in"), zone);
            TextField columns = new TextField();
            columns.setId("importColumns");
            columns.setPromptText("cdr_csv's (16, 17, 18 or 21 columns); or name them: clid,src,dst,…");
            columns.textProperty().bindBidirectional(model.columnsProperty());
            GridPane.setHgrow(columns, Priority.ALWAYS);
            options.addRow(row++, new Label("Columns"), columns);
        } else if (model.kind() == ImportViewModel.Kind.MAILBOX) {
            TextField aliases = new TextField();
            aliases.setId("importAliases");
            aliases.setPromptText("other addresses you write from, such as support@company.example");
            aliases.textProperty().bindBidirectional(model.aliasesProperty());
            options.addRow(row++, new Label("Also yours"), aliases);
            CheckBox lists = new CheckBox("Leave out messages sent to mailing lists");
            lists.setId("importSkipLists");
            lists.selectedProperty().bindBidirectional(model.skipListsProperty());
            options.add(lists, 1, row++);
        } else {
            CheckBox reps = new CheckBox("Add the reps the file names that Promptly does not know yet, to the team");
            reps.setId("importCreateReps");
            reps.selectedProperty().bindBidirectional(model.createRepsProperty());
            TextField team = new TextField();
            team.setId("importTeam");
            team.setPromptText("the only team");
            team.textProperty().bindBidirectional(model.teamForNewRepsProperty());
            team.disableProperty().bind(reps.selectedProperty().not());
            HBox repsRow = new HBox(8, reps, team);
            repsRow.setAlignment(Pos.CENTER_LEFT);
            options.add(repsRow, 1, row++);
        }
        if (model.kind() != ImportViewModel.Kind.MAILBOX) {
            CheckBox skip = new CheckBox("Import the rest when some lines cannot be read (they are set aside in a "
                    + ".rejects.csv file beside this one)");
            skip.setId("importSkipInvalid");
            skip.setWrapText(true);
            skip.selectedProperty().bindBidirectional(model.skipInvalidProperty());
            options.add(skip, 1, row);
        }

        Button preview = new Button("Preview");
        preview.setId("previewButton");
        preview.disableProperty().bind(model.runningProperty().or(model.importedProperty()));
        preview.setOnAction(e -> model.preview());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(220);
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(12, preview, progress, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);

        Label figures = new Label("Press Preview to see what the import will make; nothing changes until Import.");
        figures.setId("importFigures");
        figures.setWrapText(true);
        figures.getStyleClass().add(Styles.TEXT_MUTED);
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<ImportOutcome.Change> changes = table("importChanges", NOTHING_YET, List.of(
                column("What", 110, ImportOutcome.Change::what),
                column("When", 140, ImportOutcome.Change::when),
                column("Rep", 140, ImportOutcome.Change::rep),
                column("Customer", 260, ImportOutcome.Change::customer),
                column("Detail", 160, ImportOutcome.Change::detail)));
        TableView<Rejected> rejected = table("importRejected", EVERY_LINE_READ, List.of(
                column("Line", 70, (Rejected r) -> String.valueOf(r.line())),
                column("Why it cannot be read", 420, Rejected::reason),
                column("The line", 300, Rejected::text)));
        Tab madeTab = new Tab("What it makes", changes);
        Tab rejectedTab = new Tab("Lines it cannot read", rejected);
        TabPane tabs = new TabPane(madeTab, rejectedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        model.outcomeProperty().addListener((o, a, outcome) -> {
            figures.setText(String.join("\n", outcome.figures()));
            changes.getItems().setAll(outcome.changes());
            rejected.getItems().setAll(outcome.rejected());
            rejectedTab.setText("Lines it cannot read (" + outcome.rejected().size() + ")");
            // The lines it cannot read come first when they stop the import.
            tabs.getSelectionModel().select(outcome.changes().isEmpty() && !outcome.rejected().isEmpty()
                    ? rejectedTab : madeTab);
        });

        // A file that cannot be read at all has no lines to list: the tabs say so rather than "Every line can be
        // read".
        model.failedProperty().addListener((o, was, failed) -> {
            if (failed) {
                figures.setText("Nothing can be imported from this file as it is.");
                changes.getItems().clear();
                rejected.getItems().clear();
                rejectedTab.setText("Lines it cannot read (all)");
                ((Label) rejected.getPlaceholder()).setText("No line can be read: " + model.messageProperty().get());
                ((Label) changes.getPlaceholder()).setText("Nothing: the file cannot be read.");
                tabs.getSelectionModel().select(rejectedTab);
            } else {
                ((Label) rejected.getPlaceholder()).setText(EVERY_LINE_READ);
                ((Label) changes.getPlaceholder()).setText(NOTHING_YET);
            }
        });

        VBox box = new VBox(12, options, actions, figures, tabs);
        box.setPadding(new Insets(12, 16, 0, 16));
        box.setPrefSize(880, 560);
        return box;
    }

    private static ComboBox<ZoneId> zoneChooser(ImportViewModel model) {
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.setId("importZone");
        zone.getItems().add(ZoneId.of("UTC"));
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/"))
                .sorted().map(ZoneId::of).forEach(zone.getItems()::add);
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId id) {
                return id == null ? "" : id.getId().equals("UTC") ? "UTC (cdr.conf usegmtime = yes)" : id.getId();
            }

            @Override
            public ZoneId fromString(String text) {
                return null;
            }
        });
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setVisibleRowCount(14);
        return zone;
    }

    private static <T> TableView<T> table(String id, String empty, List<TableColumn<T, String>> columns) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(empty));
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
