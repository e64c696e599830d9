package org.quotetrace.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotetrace.cli.QuotetraceCommand;

/**
 * A small invented story (a town council, its mayor and a flood barrier) for end-to-end tests of
 * verify and add: two articles that quote the mayor, and new articles that carry each verdict.
 */
final class SyntheticStory {

    static final String STATEMENT = "The barrier will protect four thousand homes from the winter storms "
            + "that flooded the old town last year";

    static final String A1 = """
            Harbour council approves new flood barrier

            The harbour council approved a new flood barrier on Tuesday after a long debate.

            "%s," said Mayor Helen Okafor.

            Okafor added that construction would begin in the spring.

            "We cannot wait for another disaster before we act," she said.

            Engineers from the regional water authority will oversee the project.
            """.formatted(STATEMENT);

    static final String A2 = """
            Flood barrier gets green light

            Councillors backed a flood barrier for the harbour this week.

            "%s," Mayor Helen Okafor told reporters.

            "We cannot wait for another disaster before we act," Okafor said.

            Opposition leader Marcus Webb said the cost was too high for a town of this size.
            """.formatted(STATEMENT);

    static final String A3 = """
            Storm season worries harbour traders

            Shop owners on the quay are counting the days until the new defences are finished.

            "We lost a whole season of trade when the water came in," said baker Tomas Lindqvist.

            "We cannot wait for another disaster before we act," Mayor Helen Okafor said on Friday.
            """;

    static final String A0 = """
            Barrier budget questioned

            The cost of the harbour works has become the main topic of the local election.

            "Nobody has shown us the bill for the maintenance of this barrier," said Marcus Webb, the opposition leader.

            Webb said the council should publish every contract before the work starts.
            """;

    static final String MANIFEST = """
            file,outlet,url,published,role
            a0.txt,Election Weekly,https://example.org/a0,2025-03-09,article
            a1.txt,Daily Ledger,https://example.org/a1,2025-03-04,article
            a2.txt,Coast Courier,https://example.org/a2,2025-03-05,article
            a3.txt,Quay News,https://example.org/a3,2025-03-07,article
            """;

    /** A new article: a headline and lead, {@code paragraph}, and a closing line. */
    static String article(String paragraph) {
        return """
                Harbour barrier plans move ahead

                The town is preparing for construction of its new sea defences.

                %s

                The council will meet again next month to discuss the budget.
                """.formatted(paragraph);
    }

    private SyntheticStory() {
    }

    /** Writes {@code a1.txt} and {@code a2.txt} with their manifest into {@code folder}. */
    static Path writeCorpus(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve("a1.txt"), A1);
        write(folder.resolve("a2.txt"), A2);
        write(folder.resolve("manifest.csv"), MANIFEST.lines().filter(l -> !l.startsWith("a0") && !l.startsWith("a3"))
                .map(l -> l + "\n").reduce("", String::concat));
        return folder;
    }

    /** Writes all four articles ({@code a0} to {@code a3}) with the manifest into {@code folder}. */
    static Path writeFullCorpus(Path folder) throws IOException {
        writeCorpus(folder);
        write(folder.resolve("a0.txt"), A0);
        write(folder.resolve("a3.txt"), A3);
        write(folder.resolve("manifest.csv"), MANIFEST);
        return folder;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The outcome of one command line run. */
    record Run(int exit, String out, String err) {
    }

    /** Runs the quotetrace command line with {@code args}. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = QuotetraceCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
