package org.quotetrace.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerWriter;
import org.quotetrace.ledger.StatementsWriter;
import org.quotetrace.linking.LinkResult;
import org.quotetrace.linking.LinkedCorpus;

/**
 * Writes the Spark job's single output files with {@code build}'s own writers: {@code ledger.csv},
 * {@code statements.csv} and {@code statement-index.json} (the ledger last). A local output folder
 * is written in place, each file atomically; for any other file system (HDFS, S3) the files are
 * written to a local temporary folder on the driver and then copied up.
 */
final class SparkLedgerOutput {

    /** The files written, in order. */
    static final List<String> FILES = List.of("statements.csv", "statement-index.json", "ledger.csv");

    private final Configuration conf;

    SparkLedgerOutput(Configuration conf) {
        this.conf = conf;
    }

    void write(String out, List<Article> articles, LinkedCorpus linked) throws IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(conf);
        if (fs instanceof LocalFileSystem) {
            java.nio.file.Path local = java.nio.file.Path.of(fs.makeQualified(target).toUri());
            Files.createDirectories(local);
            writeLocal(local, articles, linked);
            return;
        }
        java.nio.file.Path temp = Files.createTempDirectory("quotetrace-spark");
        try {
            writeLocal(temp, articles, linked);
            fs.mkdirs(target);
            for (String file : FILES) {
                fs.copyFromLocalFile(false, true, new Path(temp.resolve(file).toUri()), new Path(target, file));
            }
        } finally {
            for (String file : FILES) {
                Files.deleteIfExists(temp.resolve(file));
            }
            Files.deleteIfExists(temp);
        }
    }

    /** What {@code build} writes of these files, written the same way. */
    private static void writeLocal(java.nio.file.Path folder, List<Article> articles, LinkedCorpus linked)
            throws IOException {
        LinkResult result = linked.result();
        Map<String, String> published = new HashMap<>();
        for (Article article : articles) {
            published.put(article.id(), article.published());
        }
        new StatementsWriter().write(folder.resolve("statements.csv"), result.statements(), result.rows(), published);
        linked.index().save(folder.resolve("statement-index.json"));
        new LedgerWriter().write(folder.resolve("ledger.csv"), result.rows());
    }
}
