package org.quotetrace.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code quotetrace} command line: parses arguments and dispatches to the subcommands. Bad
 * input or usage prints one line on stderr and exits with 2; no stack traces reach the user.
 */
@Command(name = "quotetrace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Track who said what across news outlets: detect, attribute and link quotes.")
public final class QuotetraceCommand implements Runnable {

    /** Exit code for bad input or usage. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try --help)");
    }

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        out.put("build", BuildCommand::new);
        out.put("extract", ExtractCommand::new);
        out.put("verify", VerifyCommand::new);
        out.put("add", AddCommand::new);
        out.put("synth", SynthCommand::new);
        out.put("bench", BenchCommand::new);
        out.put("help", CommandLine.HelpCommand::new);
        return out;
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new QuotetraceCommand());
        // picocli reads every registered command's annotations up front (a third of a second at
        // start-up for all of them): a named subcommand other than help needs only itself
        boolean one = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !"help".equals(args[0]);
        for (Map.Entry<String, Supplier<Object>> sub : SUBCOMMANDS.entrySet()) {
            if (!one || sub.getKey().equals(args[0])) {
                cli.addSubcommand(sub.getKey(), sub.getValue().get());
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("quotetrace: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }

    /** Entry point of the jar. */
    public static void main(String[] args) {
        java.util.OptionalInt relaunched = ShortRunJvm.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        org.quotetrace.verify.PhaseTimes.mark("main");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code;
        try {
            code = execute(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("quotetrace: out of memory; give Java more (java -Xmx8g -jar ...) or use --threads 1");
            code = ErrorHandler.EXIT_INTERNAL;
        } catch (Throwable e) {
            err.println("quotetrace: internal error: " + e);
            code = ErrorHandler.EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
