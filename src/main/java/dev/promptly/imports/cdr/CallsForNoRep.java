package dev.promptly.imports.cdr;

import dev.promptly.imports.Phones;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Missed calls that no rep could be given, because the extension they rang is no rep's yet: they are not recorded as
 * imported, so that importing the file again after the rep is added makes their callbacks. Reps' calls back to
 * those callers wait with them, so that they become attempts on those callbacks then.
 */
final class CallsForNoRep {

    private final Map<String, Integer> byExtension = new LinkedHashMap<>();
    private final Set<String> callers = new HashSet<>();
    private int callsBack;

    /** A missed call to {@code extension} from {@code callerNumber}. */
    void missed(String extension, String callerNumber) {
        byExtension.merge(extension == null || extension.isBlank() ? "(none)" : extension, 1, Integer::sum);
        String phone = Phones.normalize(callerNumber);
        if (phone != null) {
            callers.add(phone);
        }
    }

    /** Whether a rep calling {@code phone} (normalised) is calling back one of these callers. */
    boolean isCaller(String phone) {
        return phone != null && callers.contains(phone);
    }

    void callBack() {
        callsBack++;
    }

    /** The extensions, most missed first, each with its count. */
    Map<String, Integer> byExtension() {
        return byExtension.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    int callsBack() {
        return callsBack;
    }
}
