package dev.promptly.bench;

import dev.promptly.AppContext;
import dev.promptly.demo.DemoSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the import benchmarks share: the starter demo store as a template (made once), and a fresh copy of it for
 * every shot, deleted afterwards, so each shot imports into the same store.
 */
@State(Scope.Benchmark)
public abstract class ImportStores {

    @Param("/tmp/promptly-bench")
    public String folder;

    @Param("100000")
    public int rows;

    protected Path template;
    protected AppContext context;
    private Path store;

    /** Makes the template store once; subclasses then write their file from it. */
    protected AppContext template() throws IOException {
        Path dir = Files.createDirectories(Path.of(folder));
        template = dir.resolve("starter.db");
        boolean made = Files.exists(template);
        AppContext seed = AppContext.open(template, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
        if (!made) {
            seed.demo().generate(DemoSpec.starter(DemoStore.NOW));
        }
        return seed;
    }

    @Setup(Level.Iteration)
    public void freshStore() throws IOException {
        store = Files.createTempFile(Path.of(folder), "import-", ".db");
        Files.copy(template, store, StandardCopyOption.REPLACE_EXISTING);
        context = AppContext.open(store, Clock.fixed(DemoStore.NOW, ZoneOffset.UTC));
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(store + suffix));
        }
    }
}
