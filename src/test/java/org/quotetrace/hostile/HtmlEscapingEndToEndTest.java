package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup inside quotes, speaker names and the outlet never reaches a built HTML page as markup
 * (the escaping itself belongs to the reports; this checks the whole build from the outside).
 */
class HtmlEscapingEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void everyBuiltPageShowsTheArticlesMarkupAsText() throws Exception {
        Path corpus = dir.resolve("corpus");
        HostileMarkup.writeCorpus(corpus);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("build", "--quiet", "--threads", "1", "--corpus", corpus.toString(), "--out", out.toString())
                .noStackTrace();
        assertThat(cli.exit()).as(cli.err()).isZero();
        HostileMarkup.assertAllPagesEscaped(out);
    }
}
