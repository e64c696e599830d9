package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.quotetrace.corpus.Article;
import org.quotetrace.index.VerifyIndex;
import org.quotetrace.index.VerifyIndexFile;
import org.quotetrace.linking.WordForms;
import org.quotetrace.nlp.NlpModels;
import org.quotetrace.pipeline.ArticleAnalyzer;
import org.quotetrace.verify.ArticleInput;
import org.quotetrace.verify.JsonReport;
import org.quotetrace.verify.PhaseTimes;
import org.quotetrace.verify.TextReport;
import org.quotetrace.verify.Verification;
import org.quotetrace.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quotetrace verify ARTICLE|-}: checks one article against the verify index of a ledger
 * folder. Exit 0 when nothing is altered or misattributed, 1 when something is, 2 for bad input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check one article (a file, or - for standard input) against everything a ledger knows: "
                + "verdicts VERBATIM, FRAGMENT, EDITED, ALTERED, PARAPHRASE, MISATTRIBUTED, REUSE, NEW. "
                + "Exit 0 when nothing is altered or misattributed, 1 when something is, 2 for bad input.")
final class VerifyCommand implements Callable<Integer> {

    /** Exit code when something is altered or misattributed. */
    static final int EXIT_PROBLEMS = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article's text file, or - to read standard input.")
    String article;

    @Option(names = "--ledger", description = "Ledger folder written by build (default: ${DEFAULT-VALUE}).",
            defaultValue = "reports")
    Path ledger;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // the NLP models (most of the start-up) load on other threads while this one reads the
        // article, opens the index and loads the word lists
        PhaseTimes.mark("command start");
        CompletableFuture<NlpModels> models = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                models.complete(NlpModels.shared());
                PhaseTimes.mark("models loaded");
            } catch (RuntimeException | Error e) {
                models.completeExceptionally(e);
            }
        }, "verify-models");
        loader.setDaemon(true);
        loader.start();
        ArticleInput input = new ArticleInput();
        Article read = ArticleInput.STDIN.equals(article) ? input.read(System.in) : input.read(Path.of(article));
        PhaseTimes.mark("article read");
        VerifyIndexFile index = VerifyIndex.open(ledger);
        PhaseTimes.mark("index opened");
        WordForms forms = WordForms.standard();
        PhaseTimes.mark("word forms");
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(() -> {
            try {
                return models.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        });
        PhaseTimes.mark("lexicons + models joined");
        Verifier verifier = new Verifier(index, analyzer, forms);
        Verification verification = verifier.verify(read);
        int code = verification.problems() > 0 ? EXIT_PROBLEMS : 0;
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonReport.render(verification, ledger.toString(), code));
        } else {
            new TextReport(colourWanted()).print(verification, out);
        }
        out.flush();
        PhaseTimes.mark("output");
        return code;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    private static boolean colourWanted() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
