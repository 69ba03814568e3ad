package dev.promptly.cli;

import dev.promptly.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Promptly " + Version.current()};
    }
}
