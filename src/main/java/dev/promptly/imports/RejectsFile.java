package dev.promptly.imports;

import dev.promptly.common.OwnerOnlyFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The lines an import left out, written back as they were beside the file, for the user to fix and import again. */
public final class RejectsFile {

    private RejectsFile() {
    }

    /** "Master.csv" gives "Master.rejects.csv". */
    public static Path besides(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + ".rejects.csv");
    }

    /** Writes the rejected lines (replacing an earlier rejects file whole) and returns where. */
    public static Path write(Path file, List<Rejected> rejected) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Rejected r : rejected) {
            bytes.write(r.raw());
            bytes.write('\n');
        }
        Path target = besides(file.toAbsolutePath());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        Files.deleteIfExists(temporary);
        createOwnerOnly(temporary);
        Files.write(temporary, bytes.toByteArray());
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Rejected lines are customers' data: readable by the user only, as the store and its backups are. */
    private static void createOwnerOnly(Path file) throws IOException {
        OwnerOnlyFiles.createFile(file);
    }
}
