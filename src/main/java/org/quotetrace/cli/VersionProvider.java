package org.quotetrace.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest ({@code Implementation-Version}). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = QuotetraceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"quotetrace " + (version == null ? "(development build)" : version)};
    }
}
