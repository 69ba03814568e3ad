package dev.promptly.cli;

import dev.promptly.demo.DemoSpec;
import dev.promptly.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Make demo data to try Promptly on.", mixinStandardHelpOptions = true, addMethodSubcommands = false)
final class DemoCommand {

    private final Session session;

    DemoCommand(Session session) {
        this.session = session;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Add teams, reps, customers and weeks of history ending at --at (default now).",
                "The same options always make the same data."})
    void generate(@Option(names = "--teams", paramLabel = "N", defaultValue = "3", description = "Teams (default: ${DEFAULT-VALUE}).")
                  int teams,
                  @Option(names = "--reps", paramLabel = "N", defaultValue = "6", description = "Reps per team (default: ${DEFAULT-VALUE}).")
                  int reps,
                  @Option(names = "--weeks", paramLabel = "N", defaultValue = "8", description = "Weeks of history (default: ${DEFAULT-VALUE}).")
                  int weeks,
                  @Option(names = "--items", paramLabel = "N", defaultValue = "6000", description = "Items in all (default: ${DEFAULT-VALUE}).")
                  int items,
                  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
                  long seed,
                  @Mixin AtOption at) {
        DemoSpec spec = new DemoSpec(teams, reps, weeks, items, seed, session.at(at.at));
        long started = System.nanoTime();
        DemoSummary summary = session.context().demo().generate(spec);
        long millis = (System.nanoTime() - started) / 1_000_000;
        session.out().printf("Generated %d teams, %d reps, %d customers, %d items with %d events in %.1f s%n",
                summary.teams(), summary.reps(), summary.customers(), summary.items(), summary.events(), millis / 1000.0);
    }
}
