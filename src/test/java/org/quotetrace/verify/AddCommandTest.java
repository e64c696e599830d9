package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotetrace.verify.SyntheticStory.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrace.index.AnalysisStore;
import org.quotetrace.index.VerifyIndex;

/** {@code quotetrace add}: adding articles to a ledger gives exactly the ledger of a full build. */
class AddCommandTest {

    @TempDir
    Path dir;

    @Test
    void addEqualsFullRebuild() throws IOException {
        Path all = SyntheticStory.writeFullCorpus(dir.resolve("all"));
        Path full = dir.resolve("full");
        assertThat(run("build", "--quiet", "--corpus", all.toString(), "--out", full.toString()).exit()).isZero();

        Path first = SyntheticStory.writeCorpus(dir.resolve("first"));
        Path incremental = dir.resolve("incremental");
        assertThat(run("build", "--quiet", "--corpus", first.toString(), "--out", incremental.toString()).exit()).isZero();
        Map<String, byte[]> beforeAdd = VerifyCommandTest.snapshot(incremental);
        // a0 sorts before the stored articles, a3 after them
        SyntheticStory.Run added = run("add", all.resolve("a3.txt").toString(), all.resolve("a0.txt").toString(),
                "--ledger", incremental.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("2 articles added, 4 articles");

        Map<String, byte[]> expected = VerifyCommandTest.snapshot(full);
        Map<String, byte[]> actual = VerifyCommandTest.snapshot(incremental);
        assertThat(actual.keySet()).isEqualTo(expected.keySet())
                .contains("ledger.csv", VerifyIndex.FILE_NAME, AnalysisStore.FILE_NAME);
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(actual.get("ledger.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("a0.txt").contains("a3.txt").contains("tomas-lindqvist");
        assertThat(beforeAdd.get("ledger.csv")).isNotEqualTo(actual.get("ledger.csv"));
    }

    @Test
    void addingAnArticleTheLedgerHasIsRefusedAndChangesNothing() throws IOException {
        Path corpus = SyntheticStory.writeCorpus(dir.resolve("corpus"));
        Path ledger = dir.resolve("ledger");
        assertThat(run("build", "--quiet", "--corpus", corpus.toString(), "--out", ledger.toString()).exit()).isZero();
        Map<String, byte[]> before = VerifyCommandTest.snapshot(ledger);
        SyntheticStory.Run again = run("add", corpus.resolve("a1.txt").toString(), "--ledger", ledger.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already in the ledger");
        Map<String, byte[]> after = VerifyCommandTest.snapshot(ledger);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        SyntheticStory.Run noLedger = run("add", corpus.resolve("a1.txt").toString(), "--ledger", dir.resolve("none").toString());
        assertThat(noLedger.exit()).isEqualTo(2);
    }
}
