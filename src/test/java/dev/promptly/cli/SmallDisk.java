package dev.promptly.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of its own (tmpfs), mounted for one test and filled as a user's disk fills: writes then fail
 * with ENOSPC, which SQLite reports as it would on a real full disk. Mounting needs root with the right to mount
 * (CAP_SYS_ADMIN); where that is missing the test is skipped, saying so.
 */
final class SmallDisk implements AutoCloseable {

    private final Path folder;
    private final Path filler;

    private SmallDisk(Path folder) {
        this.folder = folder;
        this.filler = folder.resolve("filler");
    }

    static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", folder.toString());
        Assumptions.assumeTrue(failure == null, () -> "cannot mount a small tmpfs to fill like a full disk ("
                + failure + "); the full-disk tests need root with the right to mount (CAP_SYS_ADMIN)");
        return new SmallDisk(folder);
    }

    Path folder() {
        return folder;
    }

    /** Fills the disk to the last byte. */
    void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    /** Gives back {@code bytes} of the filler, so that a write of more than that fails part-way. */
    void leave(long bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            file.setLength(Math.max(0, file.length() - bytes));
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String failure = run("umount", "-l", folder.toString());
        if (failure != null) {
            throw new IOException("cannot unmount " + folder + ": " + failure);
        }
    }

    /** Runs a command; null if it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notThere) {
            return notThere.getMessage();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return command[0] + " did not finish";
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 ? null : said + " (exit " + process.exitValue() + ")";
    }
}
