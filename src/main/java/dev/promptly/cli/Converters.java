package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.common.Labeled;
import dev.promptly.items.AttemptOutcome;
import dev.promptly.items.ItemKind;
import dev.promptly.items.Priority;
import dev.promptly.people.Role;
import dev.promptly.reports.export.ReportFormat;
import dev.promptly.sla.ClockKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for the values users type, with messages that show the expected form. */
final class Converters {

    private Converters() {
    }

    /** ISO-8601 with an offset, so a time means the same instant wherever the command runs. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("'" + value + "' is not a time with an offset, e.g. 2026-11-23T09:30:00+01:00 or 2026-11-23T08:30:00Z");
            }
        }
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Duration.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("'" + value + "' is not an ISO-8601 duration, e.g. PT24H or PT30M");
            }
        }
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new InvalidValueException("'" + value + "' is not a time zone, e.g. Europe/Berlin or America/New_York");
            }
        }
    }

    /** Enum values by their label ({@code follow-up}, {@code no-answer}); a wrong one is a usage error. */
    abstract static class LabelConverter<E extends Enum<E> & Labeled> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        LabelConverter(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            try {
                return Labeled.parse(type, value, what);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ClockConverter extends LabelConverter<ClockKind> {
        ClockConverter() {
            super(ClockKind.class, "clock");
        }
    }

    static final class RoleConverter extends LabelConverter<Role> {
        RoleConverter() {
            super(Role.class, "role");
        }
    }

    static final class FormatConverter extends LabelConverter<OutputFormat> {
        FormatConverter() {
            super(OutputFormat.class, "format");
        }
    }

    static final class ReportFormatConverter extends LabelConverter<ReportFormat> {
        ReportFormatConverter() {
            super(ReportFormat.class, "report format");
        }
    }

    static final class KindConverter extends LabelConverter<ItemKind> {
        KindConverter() {
            super(ItemKind.class, "kind");
        }
    }

    static final class PriorityConverter extends LabelConverter<Priority> {
        PriorityConverter() {
            super(Priority.class, "priority");
        }
    }

    static final class OutcomeConverter extends LabelConverter<AttemptOutcome> {
        OutcomeConverter() {
            super(AttemptOutcome.class, "call outcome");
        }
    }
}
