package dev.promptly.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team's on-time rate week by week, oldest first, ending with the current week. It alerts when the current week
 * is 10 points or more below the mean of the previous four weeks that have a rate.
 */
public record Trend(List<Point> points) {

    public static final double ALERT_DROP = 10.0;

    /** @param decided how many items decided the week's rate (on time, late, or open past their due time) */
    public record Point(Week week, Double onTimePct, int decided) {

        public Point(Week week, Double onTimePct) {
            this(week, onTimePct, 0);
        }
    }

    public Trend {
        points = List.copyOf(points);
    }

    /** The trend of consecutive weeks' figures, oldest first, the last being {@code current}'s. */
    public static Trend of(Week current, List<ResponseWeek> figures) {
        List<Point> points = new ArrayList<>();
        Week week = current;
        for (int i = figures.size() - 1; i >= 0; i--) {
            points.add(0, new Point(week, figures.get(i).onTimePct(), figures.get(i).decided()));
            week = week.previous();
        }
        return new Trend(points);
    }

    public Point current() {
        return points.get(points.size() - 1);
    }

    /** The week before the current one; null when the trend has only the current week. */
    public Point lastWeek() {
        return points.size() < 2 ? null : points.get(points.size() - 2);
    }

    /** The mean on-time rate of up to four weeks before the current one that have a rate; null if none has. */
    public Double previousMean() {
        List<Double> previous = points.subList(Math.max(0, points.size() - 5), points.size() - 1).stream()
                .map(Point::onTimePct)
                .filter(Objects::nonNull)
                .toList();
        return previous.isEmpty() ? null : previous.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    public boolean alert() {
        Double now = current().onTimePct();
        Double before = previousMean();
        return now != null && before != null && now <= before - ALERT_DROP;
    }
}
