package org.quotetrace.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a one-article {@code verify} in a JVM that compiles with C1 only. A verify lasts about two
 * seconds, too short to repay HotSpot's optimising C2 compiler, which on a two-core machine takes
 * about half of its CPU while the work waits (measured with {@code -XX:TieredStopAtLevel=1}: 1.3 s
 * of CPU against 2.5 s, and a third less wall time). A running JVM cannot switch C2 off, so when
 * the jar was started as {@code java [options] -jar quotetrace.jar verify ...}, {@link #relaunch}
 * starts the same command line again with {@code -XX:TieredStopAtLevel=1} added, hands it the
 * terminal (standard input, output and error) and returns its exit code. The first JVM has loaded
 * almost nothing by then, so the relaunch costs about a tenth of a second.
 *
 * <p>It does nothing (and the command runs in this JVM) when the command is not {@code verify},
 * when the JVM already chose a compiler level ({@code -XX:TieredStopAtLevel}, {@code
 * -XX:-TieredCompilation}), when the command line is not that shape (started from a class path,
 * from an argument file, or by a test), when it cannot be read, when starting the second JVM fails,
 * or when {@code QUOTETRACE_RELAUNCH=off} is set.
 */
final class ShortRunJvm {

    /** System property that marks the second JVM, so it never relaunches again. */
    static final String MARK = "quotetrace.relaunched";
    /** The JVM option the second JVM gets. */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private ShortRunJvm() {
    }

    /**
     * Runs {@code args} in a second, C1-only JVM when that pays (see the class comment) and returns
     * its exit code; empty when the command should run in this JVM.
     */
    static OptionalInt relaunch(String[] args) {
        if (args.length == 0 || !"verify".equals(args[0]) || System.getProperty(MARK) != null
                || "off".equalsIgnoreCase(System.getenv("QUOTETRACE_RELAUNCH"))) {
            return OptionalInt.empty();
        }
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        Optional<Path> jar = ownJar();
        if (commandLine.isEmpty() || jar.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> options = jvmOptions(Arrays.asList(commandLine.get()), jar.get(), Arrays.asList(args));
        if (options == null) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add(C1_ONLY);
        command.add("-D" + MARK + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(Arrays.asList(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * The JVM options of {@code commandLine} (this process's arguments after the program name) when
     * it reads {@code [options] -jar JAR ARGS} with JAR this jar and ARGS the command's arguments,
     * and none of the options picks a compiler level or reads an argument file; else null.
     */
    static List<String> jvmOptions(List<String> commandLine, Path jar, List<String> args) {
        int at = commandLine.indexOf("-jar");
        if (at < 0 || at + 1 >= commandLine.size()
                || !commandLine.subList(at + 2, commandLine.size()).equals(args)
                || !Path.of(commandLine.get(at + 1)).toAbsolutePath().normalize().equals(jar)) {
            return null;
        }
        List<String> options = commandLine.subList(0, at);
        for (String option : options) {
            if (option.startsWith("@") || option.startsWith("-XX:TieredStopAtLevel")
                    || option.equals("-XX:-TieredCompilation") || !option.startsWith("-")) {
                return null;
            }
        }
        return List.copyOf(options);
    }

    /** The jar this class was loaded from, absolute; empty when it was not loaded from a jar. */
    private static Optional<Path> ownJar() {
        try {
            Path path = Path.of(ShortRunJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return path.toString().endsWith(".jar") ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
