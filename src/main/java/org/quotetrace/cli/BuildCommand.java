package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotetrace.corpus.Corpus;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.pipeline.Quotetrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotetrace build}: reads a corpus folder and writes the ledger and reports. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the quote ledger (ledger.csv, ledger.json) and its reports (index.html, speakers/) of a corpus folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", description = "Folder of .txt articles with optional manifest.csv (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds", arity = "1..*")
    java.util.List<Path> corpora;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        CorpusReader reader = new CorpusReader();
        java.util.List<org.quotetrace.corpus.Article> articles = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path folder : corpora) {
            Corpus corpus = reader.read(folder);
            Warnings.print(corpus.warnings(), spec.commandLine().getErr());
            for (var article : corpus.articles()) {
                if (!ids.add(article.id())) {
                    throw new org.quotetrace.corpus.InputException("article file name '" + article.id()
                            + "' appears in more than one corpus folder; file names must be unique");
                }
                articles.add(article);
            }
        }
        Quotetrace engine = Quotetrace.standard(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        var summary = engine.build(articles, out, TerminalProgress.forBuild(quiet, TerminalProgress.onTerminal()));
        if (!quiet) {
            spec.commandLine().getOut().println("quotetrace: " + summary);
        }
        return 0;
    }
}
