package dev.promptly.imports.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as mail carries them. The numeric date decides; a day name, right or wrong, is ignored (real archives have
 * "Thu, 29 Dec 2010", a Wednesday).
 */
final class MailDates {

    /** RFC 5322 and its obsolete forms: [day,] d mon yyyy hh:mm[:ss] zone. */
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\.\\d+)?\\s*([+-]\\d{4}|[A-Za-z]{1,5})?.*");
    /** The mbox separator's asctime: "From sender Thu Nov 19 12:00:00 2009". */
    private static final Pattern ASCTIME = Pattern.compile(
            ".*\\s([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("gmt", 0),
            Map.entry("utc", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8),
            Map.entry("pdt", -7));

    private MailDates() {
    }

    /** A {@code Date} header's instant, or null when it cannot be read. */
    static Instant header(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
        int offsetSeconds = offset(m.group(7));
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int offset(String zone) {
        if (zone == null) {
            return 0;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            int sign = zone.startsWith("-") ? -1 : 1;
            return sign * (hours * 3600 + minutes * 60);
        }
        return ZONES.getOrDefault(zone.toLowerCase(Locale.ROOT), 0) * 3600;
    }

    /** The time on an mbox {@code From } line (taken as UTC), or null. */
    static Instant fromLine(String line) {
        Matcher m = ASCTIME.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        try {
            return month == null ? null : LocalDateTime.of(Integer.parseInt(m.group(6)), month,
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5))).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
