package dev.promptly.ui.reports;

import dev.promptly.reports.ResponseDistribution;
import dev.promptly.reports.ResponseSample;
import dev.promptly.reports.Trend;
import dev.promptly.reports.WeeklyReport;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The summary's two charts: the on-time trend against the alert line, and how long answers took. */
final class ReportCharts {

    private final LineChart<Number, Number> trend;
    private final BarChart<String, Number> responses;
    /** Weeks by position, 1 to 8, so that weeks without a rate keep their place on the axis. */
    private final NumberAxis trendWeeks = new NumberAxis();

    ReportCharts() {
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("On time %");
        trendWeeks.setLabel("Week");
        trendWeeks.setAutoRanging(false);
        trendWeeks.setLowerBound(0.5);
        trendWeeks.setTickUnit(1);
        trendWeeks.setMinorTickVisible(false);
        trend = new LineChart<>(trendWeeks, percent);
        trend.setId("trendChart");
        trend.setTitle("On-time rate, last 8 weeks");
        trend.setAnimated(false);
        trend.getStyleClass().add("trend-chart");

        CategoryAxis bands = new CategoryAxis();
        bands.setLabel("Time to answer");
        NumberAxis count = new NumberAxis();
        count.setLabel("Answered");
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                // Counts are whole; the axis may still put a tick between two of them.
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        responses = new BarChart<>(bands, count);
        responses.setId("responseChart");
        responses.setTitle("How long answers took");
        responses.setAnimated(false);
        responses.setCategoryGap(18);
    }

    LineChart<Number, Number> trend() {
        return trend;
    }

    BarChart<String, Number> responses() {
        return responses;
    }

    void show(WeeklyReport report) {
        showTrend(report.trend());
        responses.getData().setAll(List.of(
                band("Calls", report.total().callbacks().calendar()),
                band("Emails", report.total().emails().calendar())));
    }

    private void showTrend(Trend figures) {
        List<Trend.Point> points = figures.points();
        List<String> labels = points.stream().map(p -> shortLabel(p.week().label())).toList();
        // A new formatter, as the axis keeps the text of tick positions it has already labelled.
        trendWeeks.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double position = n.doubleValue();
                int index = (int) Math.round(position) - 1;
                return position == index + 1 && index >= 0 && index < labels.size() ? labels.get(index) : "";
            }

            @Override
            public Number fromString(String text) {
                return labels.indexOf(text) + 1;
            }
        });
        trendWeeks.setUpperBound(points.size() + 0.5);
        XYChart.Series<Number, Number> rate = new XYChart.Series<>();
        rate.setName("On time");
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).onTimePct() != null) {
                rate.getData().add(new XYChart.Data<>(i + 1, points.get(i).onTimePct()));
            }
        }
        XYChart.Series<Number, Number> alertLine = new XYChart.Series<>();
        Double mean = figures.previousMean();
        if (mean != null) {
            double line = Math.max(0, mean - Trend.ALERT_DROP);
            alertLine.setName(String.format(java.util.Locale.ROOT, "Alert below %.1f %%", line));
            alertLine.getData().add(new XYChart.Data<>(1, line));
            alertLine.getData().add(new XYChart.Data<>(points.size(), line));
        } else {
            alertLine.setName("Alert line (needs earlier weeks)");
        }
        trend.getData().setAll(List.of(rate, alertLine));
    }

    private static XYChart.Series<String, Number> band(String name, ResponseSample sample) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (ResponseDistribution.Band band : ResponseDistribution.of(sample)) {
            series.getData().add(new XYChart.Data<>(band.label(), band.count()));
        }
        return series;
    }

    /** "2026-W47" becomes "W47": the year is in the chooser above. */
    private static String shortLabel(String week) {
        return week.substring(week.indexOf('W'));
    }
}
