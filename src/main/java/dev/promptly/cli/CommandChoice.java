package dev.promptly.cli;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds to the root command only the commands a run needs: the one its arguments name, and of a group of commands
 * (such as {@code teams}) the one named after it; every command when the arguments name none (help, a mistyped
 * command), so that picocli can list them. Building picocli's model of every command took longer than most
 * commands' work.
 */
final class CommandChoice {

    private CommandChoice() {
    }

    static void addNeeded(CommandLine root, String... args) {
        if (isVersionOnly(args)) {
            return;
        }
        List<String> words = positionals(args);
        for (Class<?> command : choose(RootCommand.COMMANDS, words, 0)) {
            CommandLine line = new CommandLine(command, root.getFactory());
            Command annotation = command.getAnnotation(Command.class);
            if (!annotation.addMethodSubcommands()) {
                for (Method method : choose(CommandLine.getCommandMethods(command, null), words, 1)) {
                    line.addSubcommand(new CommandLine(method, root.getFactory()));
                }
            }
            root.addSubcommand(line);
        }
    }

    /** The command the word at {@code depth} names, or all of them. */
    private static <T extends AnnotatedElement> List<T> choose(List<T> all, List<String> words, int depth) {
        Optional<T> named = words.size() > depth
                ? all.stream().filter(command -> nameOf(command).equals(words.get(depth))).findFirst()
                : Optional.empty();
        return named.map(List::of).orElse(all);
    }

    private static boolean isVersionOnly(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The arguments that are not options, up to the first option after a command; only {@code --db} takes a value. */
    private static List<String> positionals(String... args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length && words.size() < 2; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (args[i].startsWith("-")) {
                if (!words.isEmpty()) {
                    break;
                }
            } else {
                words.add(args[i]);
            }
        }
        return words;
    }

    private static String nameOf(AnnotatedElement command) {
        return command.getAnnotation(Command.class).name();
    }
}
