package org.quotetrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCommandsTest {

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = QuotetraceCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void synthThenBenchTimesABuildOfTheSyntheticCorpus() {
        Path corpus = tmp.resolve("corpus");
        Result synth = run("synth", "--articles", "6", "--seed", "4", "--out", corpus.toString());
        assertThat(synth.code()).as(synth.err()).isZero();
        assertThat(synth.out()).contains("6 articles");
        assertThat(corpus.resolve("texts/manifest.csv")).exists();
        assertThat(corpus.resolve("gold/speakers.json")).exists();

        Path ledgerDir = tmp.resolve("bench-out");
        Result bench = run("bench", "--corpus", corpus.resolve("texts").toString(), "--threads", "1", "--repeat", "2",
                "--out", ledgerDir.toString());
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("run 1: 6 articles", "run 2: 6 articles", "articles/s", "MB/s", "heap peak",
                "model and lexicon load");
        assertThat(ledgerDir.resolve("ledger.csv")).exists();
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() throws Exception {
        Result zero = run("synth", "--articles", "0", "--out", tmp.resolve("z").toString());
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err().strip()).doesNotContain("\n").contains("--articles");

        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/x.txt"), "x");
        Result full = run("synth", "--articles", "3", "--out", tmp.resolve("full").toString());
        assertThat(full.code()).isEqualTo(2);
        assertThat(full.err()).contains("not empty");

        Result repeat = run("bench", "--corpus", tmp.toString(), "--repeat", "0");
        assertThat(repeat.code()).isEqualTo(2);

        Result missing = run("bench", "--corpus", tmp.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("not a folder");
    }
}
