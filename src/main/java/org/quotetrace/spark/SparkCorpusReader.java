package org.quotetrace.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.quotetrace.corpus.Article;
import org.quotetrace.corpus.CorpusReader;
import org.quotetrace.corpus.DecodedText;
import org.quotetrace.corpus.InputException;
import org.quotetrace.corpus.ManifestEntry;
import org.quotetrace.corpus.ManifestReader;
import org.quotetrace.corpus.TextDecoder;

/**
 * Reads a corpus from a Hadoop-compatible path (a local folder, {@code hdfs://}, {@code s3a://}
 * with its connector) into an RDD of {@link SparkArticle}s, in one of two formats:
 *
 * <ul>
 * <li><b>text</b>: a folder of {@code .txt} articles and an optional {@code manifest.csv}, as
 * {@code build} reads them (same decoding, same 2 MiB limit, a manifest row must name an article
 * of the folder). The manifest is read on the driver and broadcast: it is one small table, and
 * every task needs the rows of the files it reads.</li>
 * <li><b>JSON lines</b> (a path ending in {@code .jsonl} or {@code .json}, optionally {@code .gz},
 * or a folder or glob of such files): one object per line with {@code file} and {@code text} and
 * optionally {@code outlet}, {@code published}, {@code url} and {@code role}.</li>
 * </ul>
 *
 * Unusable inputs become {@link SparkArticle#problem problems}, not exceptions in a task, so the
 * job can name them all at once.
 */
public final class SparkCorpusReader {

    /** Input formats. */
    public enum Format {
        /** JSON lines when the path ends in .jsonl/.json(.gz), else a text folder. */
        AUTO,
        /** A folder of .txt articles with an optional manifest.csv. */
        TEXT,
        /** JSON lines, one article per line. */
        JSONL
    }

    private final JavaSparkContext spark;
    private final int partitions;

    public SparkCorpusReader(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = Math.max(1, partitions);
    }

    /** The articles of all {@code inputs}. */
    public JavaRDD<SparkArticle> read(List<String> inputs, Format format) {
        JavaRDD<SparkArticle> all = null;
        for (String input : inputs) {
            JavaRDD<SparkArticle> one = resolve(input, format) == Format.JSONL ? readJsonLines(input) : readTextFolder(input);
            all = all == null ? one : all.union(one);
        }
        return all == null ? spark.emptyRDD() : all;
    }

    static Format resolve(String input, Format format) {
        if (format != Format.AUTO) {
            return format;
        }
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".json") ? Format.JSONL : Format.TEXT;
    }

    private JavaRDD<SparkArticle> readTextFolder(String input) {
        Configuration conf = spark.hadoopConfiguration();
        Path folder = new Path(input);
        List<SparkArticle> problems = new ArrayList<>();
        Map<String, String[]> manifest = new HashMap<>();
        Set<String> names = new HashSet<>();
        try {
            FileSystem fs = folder.getFileSystem(conf);
            if (!fs.exists(folder) || !fs.getFileStatus(folder).isDirectory()) {
                throw new InputException(input + ": not a folder (expected a folder of .txt articles)");
            }
            Path manifestPath = new Path(folder, "manifest.csv");
            if (fs.exists(manifestPath)) {
                try (Reader reader = new InputStreamReader(fs.open(manifestPath), StandardCharsets.UTF_8)) {
                    for (ManifestEntry entry : new ManifestReader().read(reader, manifestPath.toString()).values()) {
                        manifest.put(entry.file(), new String[] {entry.outlet(), entry.url(), entry.published(), entry.role()});
                    }
                }
            }
            for (FileStatus status : fs.listStatus(folder)) {
                String name = status.getPath().getName();
                if (status.isFile() && name.endsWith(".txt")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new InputException(input + ": cannot read: " + e.getMessage(), e);
        }
        for (String file : manifest.keySet()) {
            if (file.contains("/") || file.contains("\\") || file.equals("..")) {
                problems.add(SparkArticle.problem(file, input + "/manifest.csv: file '" + file
                        + "' is not inside the corpus folder"));
            } else if (!names.contains(file)) {
                problems.add(SparkArticle.problem(file, input + "/manifest.csv: file '" + file
                        + "' does not exist in " + input));
            }
        }
        JavaRDD<SparkArticle> refused = spark.parallelize(problems, 1);
        if (names.isEmpty()) {
            return refused;
        }
        Broadcast<Map<String, String[]>> rows = spark.broadcast(manifest);
        // the file names the driver listed, cut into partitions, each read by its task with the
        // driver's Hadoop settings; not binaryFiles, which packs small files into one split by size
        // (one task for a whole corpus of short articles) and re-serialises that split per file
        List<String> paths = names.stream().sorted().map(name -> new Path(folder, name).toString()).toList();
        SerializableConfiguration hadoop = new SerializableConfiguration(conf);
        JavaRDD<SparkArticle> read = spark.parallelize(paths, Math.min(partitions, paths.size()))
                .mapPartitions(part -> readArticles(part, hadoop.value(), rows.value()));
        return read.union(refused);
    }

    /** The articles of one partition's files. */
    private static Iterator<SparkArticle> readArticles(Iterator<String> paths, Configuration conf,
                                                      Map<String, String[]> manifest) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public SparkArticle next() {
                return readArticle(new Path(paths.next()), conf, manifest);
            }
        };
    }

    /** One article file, decoded as {@code build} decodes it. */
    private static SparkArticle readArticle(Path path, Configuration conf, Map<String, String[]> manifest) {
        String name = path.getName();
        byte[] bytes;
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            bytes = in.readNBytes((int) CorpusReader.MAX_ARTICLE_BYTES + 1);
        } catch (IOException e) {
            return SparkArticle.problem(name, path + ": cannot read: " + e.getMessage());
        }
        if (bytes.length > CorpusReader.MAX_ARTICLE_BYTES) {
            return SparkArticle.problem(name, path + ": larger than the limit of "
                    + CorpusReader.MAX_ARTICLE_BYTES + " bytes (2 MiB) for one article; split it or leave it out");
        }
        DecodedText decoded;
        try {
            decoded = new TextDecoder().decode(name, bytes);
        } catch (InputException e) {
            return SparkArticle.problem(name, e.getMessage());
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (decoded.text().isBlank()) {
            warnings.add(name + ": empty article, no quotes to find");
        }
        String[] row = manifest.get(name);
        Article article = row == null ? Article.of(name, decoded.text())
                : new Article(name, row[0], row[1], row[2], row[3], decoded.text());
        return SparkArticle.of(article, warnings);
    }

    private JavaRDD<SparkArticle> readJsonLines(String input) {
        JavaRDD<String> lines = spark.textFile(input, partitions);
        if (lines.getNumPartitions() < partitions) {
            // a gzipped file cannot be split: one task would analyse all of it
            lines = lines.repartition(partitions);
        }
        return lines
                .filter(line -> !line.isBlank())
                .map(SparkCorpusReader::parseJsonLine);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JSON line: {"file", "text", optional "outlet", "published", "url", "role"}. */
    static SparkArticle parseJsonLine(String line) {
        String start = line.length() > 60 ? line.substring(0, 60) + "..." : line;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return SparkArticle.problem(start, "not a JSON object: " + start);
        }
        if (node == null || !node.isObject() || !node.path("file").isTextual() || !node.path("text").isTextual()) {
            return SparkArticle.problem(start, "a JSON line needs the strings \"file\" and \"text\": " + start);
        }
        String name = node.get("file").asText();
        String text = node.get("text").asText();
        if (text.getBytes(StandardCharsets.UTF_8).length > CorpusReader.MAX_ARTICLE_BYTES) {
            return SparkArticle.problem(name, name + ": the text is larger than the limit of "
                    + CorpusReader.MAX_ARTICLE_BYTES + " bytes (2 MiB) for one article; split it or leave it out");
        }
        List<String> warnings = new ArrayList<>();
        if (text.isBlank()) {
            warnings.add(name + ": empty article, no quotes to find");
        }
        return SparkArticle.of(new Article(name, field(node, "outlet"), field(node, "url"), field(node, "published"),
                field(node, "role"), text), warnings);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.asText().trim();
    }
}
