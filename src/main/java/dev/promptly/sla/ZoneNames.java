package dev.promptly.sla;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time zones found by the city people know them by, for a zone field that suggests as it is typed: "berl" finds
 * Europe/Berlin, "new y" America/New_York (a space stands for the underscore), whatever the case.
 */
public final class ZoneNames {

    /** The regions of the zone database's own names; the old aliases (US/Eastern, EST5EDT...) are left out. */
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && REGIONS.contains(id.substring(0, id.indexOf('/'))))
            .sorted().toList();

    private ZoneNames() {
    }

    /**
     * Up to {@code limit} zones for what is typed: those whose city starts with it first, then those with a later
     * word of the city ("york") or the whole name ("europe/be") starting with it; none for a blank text or for a
     * zone's exact name, which needs no suggestion.
     */
    public static List<String> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank() || ZONES.contains(typed.strip())) {
            return List.of();
        }
        String wanted = typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String zone : ZONES) {
            if (rank(zone.toLowerCase(Locale.ROOT), wanted) >= 0) {
                found.add(zone);
            }
        }
        found.sort(Comparator.comparingInt((String zone) -> rank(zone.toLowerCase(Locale.ROOT), wanted))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    /** 0 when the city starts with {@code wanted}, 1 for a later word of it, 2 for the whole name; -1 for none. */
    private static int rank(String zone, String wanted) {
        String city = zone.substring(zone.lastIndexOf('/') + 1);
        if (city.startsWith(wanted)) {
            return 0;
        }
        if (city.contains("_" + wanted)) {
            return 1;
        }
        return zone.startsWith(wanted) ? 2 : -1;
    }
}
