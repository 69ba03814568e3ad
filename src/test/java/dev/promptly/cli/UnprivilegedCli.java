package dev.promptly.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the command line where file permissions apply, as they do to a user: root reads and writes any file whatever
 * its permissions, so as root (as in CI) the command runs in a separate JVM without root's capabilities to bypass
 * them (setpriv drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from its bounding set); as anyone else it
 * runs in this process. Where setpriv cannot drop them the test is skipped, saying so.
 */
final class UnprivilegedCli {

    private static final String[] WITHOUT_ROOT_POWERS = {"setpriv",
            "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable", "--inh-caps=-all", "--"};

    private final Path store;

    UnprivilegedCli(Path store) {
        this.store = store;
    }

    CliRunner.Result run(String... args) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new CliRunner(store).run(args);
        }
        assumeSetprivDropsRootPowers();
        List<String> command = new ArrayList<>(List.of(WITHOUT_ROOT_POWERS));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", testClassPath(), "dev.promptly.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PROMPTLY_DB", store.toString());
        Path out = Files.createTempFile("promptly-out", ".txt");
        Path err = Files.createTempFile("promptly-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promptly " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new CliRunner.Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Surefire runs tests from a manifest-only jar, and names the real class path in a property of its own. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void assumeSetprivDropsRootPowers() throws IOException, InterruptedException {
        Path probe = Files.createTempFile("promptly-probe", ".txt");
        try {
            Files.setPosixFilePermissions(probe, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
            List<String> command = new ArrayList<>(List.of(WITHOUT_ROOT_POWERS));
            command.addAll(List.of("test", "-w", probe.toString()));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException noSetpriv) {
                Assumptions.abort("setpriv is missing (" + noSetpriv.getMessage() + "); as root, the read-only tests "
                        + "need it to run Promptly without root's power to write any file");
                return;
            }
            process.waitFor(30, TimeUnit.SECONDS);
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            // test -w exits 1 when the file is not writable: then permissions apply to the command; 0 means setpriv
            // ran it with root's powers, anything else that setpriv itself failed.
            Assumptions.assumeTrue(process.exitValue() == 1, () -> "setpriv cannot drop root's power to write any "
                    + "file (exit " + process.exitValue() + ": " + said + "); the read-only tests need it as root");
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
