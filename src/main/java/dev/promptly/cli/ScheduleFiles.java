package dev.promptly.cli;

import dev.promptly.common.InvalidInputException;
import dev.promptly.sla.Schedule;
import dev.promptly.sla.ScheduleFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a schedule file, naming the file in every complaint about it. */
final class ScheduleFiles {

    private ScheduleFiles() {
    }

    static Schedule read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read the schedule " + file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the schedule " + file + ": " + e.getMessage());
        }
        try {
            return ScheduleFormat.parse(json);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
    }
}
