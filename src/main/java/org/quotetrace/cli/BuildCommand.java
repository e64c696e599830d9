package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.Corpus;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.corpus.InputException;
import org.quotetrace.pipeline.Quotetrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    List<Path> corpora;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "reports")
    Path out;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        CorpusReader reader = new CorpusReader();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path folder : corpora) {
            Corpus corpus = reader.read(folder);
            Warnings.print(corpus.warnings(), spec.commandLine().getErr());
            for (var article : corpus.articles()) {
                if (!ids.add(article.id())) {
                    throw new InputException("article file name '" + article.id()
                            + "' appears in more than one corpus folder; file names must be unique");
                }
                articles.add(article);
            }
        }
        Quotetrace engine = engineOptions.engine();
        var summary = engine.build(articles, out, engineOptions.progress());
        if (!engineOptions.quiet) {
            spec.commandLine().getOut().println("quotetrace: " + summary);
        }
        return 0;
    }
}
