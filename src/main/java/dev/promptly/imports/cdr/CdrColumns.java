package dev.promptly.imports.cdr;

import dev.promptly.common.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where each field stands in a call-detail line. Asterisk's {@code cdr_csv} writes 16 columns, then optionally
 * {@code uniqueid} and {@code userfield}, then {@code peeraccount, linkedid, sequence}: 16, 17, 18 or 21 in all.
 * Other layouts ({@code cdr_custom}, for one) are named column by column.
 */
public final class CdrColumns {

    /** Every column Asterisk can write, in {@code cdr_csv}'s order. */
    public static final List<String> KNOWN = List.of("accountcode", "src", "dst", "dcontext", "clid", "channel",
            "dstchannel", "lastapp", "lastdata", "start", "answer", "end", "duration", "billsec", "disposition",
            "amaflags", "uniqueid", "userfield", "peeraccount", "linkedid", "sequence");

    /** The columns Promptly cannot do without. */
    static final List<String> REQUIRED = List.of("src", "dst", "channel", "dstchannel", "lastapp", "start", "billsec",
            "disposition");

    /** The column counts {@code cdr_csv} writes, for messages. */
    static final String STANDARD_COUNTS = "16, 17, 18 or 21";

    private final List<String> names;

    private CdrColumns(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The {@code cdr_csv} layout with {@code count} columns, or null when it has no layout of that size. */
    static CdrColumns standard(int count) {
        return switch (count) {
            case 16, 17, 18 -> new CdrColumns(KNOWN.subList(0, count));
            case 21 -> new CdrColumns(KNOWN);
            default -> null;
        };
    }

    /** A layout named by the user, such as "clid,src,dst,...". */
    public static CdrColumns parse(String list) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : list.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new InvalidInputException("'" + raw.strip() + "' is not a call-detail column; known columns: "
                        + String.join(", ", KNOWN));
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("the column '" + name + "' is named twice in --columns");
            }
            names.add(name);
        }
        List<String> missing = REQUIRED.stream().filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("--columns lacks " + String.join(", ", missing)
                    + ", which Promptly needs to tell missed calls from answered ones");
        }
        return new CdrColumns(names);
    }

    public int count() {
        return names.size();
    }

    /** The position of {@code name}, or -1 when the layout does not have it. */
    int index(String name) {
        return names.indexOf(name);
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
