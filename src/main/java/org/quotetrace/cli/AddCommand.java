package org.quotetrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.InputException;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.verify.ArticleInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quotetrace add ARTICLE...}: adds articles to an existing ledger folder; the result equals
 * a build over all the articles. Every input is checked before anything is written.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add articles to an existing ledger folder incrementally (only the new articles are analysed).")
final class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article text files to add.")
    List<Path> files;

    @Option(names = "--ledger", description = "Ledger folder written by build (default: ${DEFAULT-VALUE}).",
            defaultValue = "reports")
    Path ledger;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws Exception {
        ArticleInput input = new ArticleInput();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            Article article = input.read(file);
            if (!ids.add(article.id())) {
                throw new InputException(file + ": article file name '" + article.id() + "' given twice");
            }
            articles.add(article);
        }
        Quotetrace engine = engineOptions.engine();
        String summary = engine.add(articles, ledger, engineOptions.progress());
        if (!engineOptions.quiet) {
            spec.commandLine().getOut().println("quotetrace: " + summary);
        }
        return 0;
    }
}
