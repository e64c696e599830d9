package org.quotetrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.pipeline.Quotetrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotetrace extract FILE...}: prints the quotes of single articles, no corpus needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the quotes of one or more articles as CSV (ledger columns) or JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of CSV.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CorpusReader reader = new CorpusReader();
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            articles.add(reader.readArticle(file, null, warnings));
        }
        Warnings.print(warnings, spec.commandLine().getErr());
        List<LedgerRow> rows = Quotetrace.standard(1).extract(articles);
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            List<java.util.Map<String, Object>> objects = new ArrayList<>();
            for (LedgerRow row : rows) {
                java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
                List<String> values = row.values();
                for (int i = 0; i < LedgerRow.COLUMNS.size(); i++) {
                    object.put(LedgerRow.COLUMNS.get(i), values.get(i));
                }
                object.put("char_start", row.charStart());
                object.put("char_end", row.charEnd());
                objects.add(object);
            }
            out.println(mapper.writeValueAsString(objects));
        } else {
            new LedgerWriter().write(out, rows);
        }
        out.flush();
        return 0;
    }
}
