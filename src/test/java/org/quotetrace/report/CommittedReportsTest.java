package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.cli.QuotetraceCommand;

/**
 * The committed {@code reports/} folder must hold exactly what the README's main command writes for
 * the seeds. This runs that command's build into a temporary folder and compares every file byte
 * for byte; it fails, naming the files, when the committed reports are stale.
 */
class CommittedReportsTest {

    static final String README_MAIN_COMMAND =
            "mvn -B -q -DskipTests package && java -jar target/quotetrace.jar build --corpus seeds --out reports";

    private final Path projectDir = Path.of(System.getProperty("quotetrace.projectDir", "."));

    @TempDir
    Path fresh;

    @Test
    void committedReportsAreWhatTheMainCommandWrites() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        int code;
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            code = QuotetraceCommand.execute(new String[] {"build", "--corpus", projectDir.resolve("seeds").toString(),
                "--out", fresh.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("no progress bar when not on a terminal").isEmpty();

        Path committed = projectDir.resolve("reports");
        Set<String> expected = files(fresh);
        Set<String> actual = Files.isDirectory(committed) ? files(committed) : Set.of();
        List<String> problems = new ArrayList<>();
        for (String file : expected) {
            if (!actual.contains(file)) {
                problems.add("missing: reports/" + file);
            } else if (!Arrays.equals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(committed.resolve(file)))) {
                problems.add("differs: reports/" + file);
            }
        }
        for (String file : actual) {
            if (!expected.contains(file)) {
                problems.add("not written by the build: reports/" + file);
            }
        }
        assertThat(problems).as("The committed reports/ are stale (" + problems.size() + " files). "
                + "Run the README main command and commit reports/:\n    " + README_MAIN_COMMAND + "\n").isEmpty();
    }

    private static Set<String> files(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            Set<String> out = new TreeSet<>();
            paths.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }
}
