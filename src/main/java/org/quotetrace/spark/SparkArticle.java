package org.quotetrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.quotetrace.corpus.Article;

/**
 * One input article as the Spark job moves it between machines: the {@link Article} fields, the
 * reader's warnings, or the problem that makes the article unusable (the job then refuses the
 * corpus, as {@code build} does).
 */
public final class SparkArticle implements Serializable {

    private static final long serialVersionUID = 1L;

    final String id;
    final String outlet;
    final String url;
    final String published;
    final String role;
    final String text;
    final ArrayList<String> warnings;
    final String problem;

    private SparkArticle(String id, String outlet, String url, String published, String role, String text,
                         List<String> warnings, String problem) {
        this.id = id;
        this.outlet = outlet;
        this.url = url;
        this.published = published;
        this.role = role;
        this.text = text;
        this.warnings = new ArrayList<>(warnings);
        this.problem = problem;
    }

    /** A usable article, with the warnings its reading gave. */
    static SparkArticle of(Article article, List<String> warnings) {
        return new SparkArticle(article.id(), article.outlet(), article.url(), article.published(), article.role(),
                article.text(), warnings, null);
    }

    /** An input that cannot be used; {@code id} names it (a file name, or a place in a JSON lines file). */
    static SparkArticle problem(String id, String problem) {
        return new SparkArticle(id, "", "", "", "", "", List.of(), problem);
    }

    /** The article id (file name). */
    public String id() {
        return id;
    }

    /** The problem that makes this input unusable, or null. */
    public String problem() {
        return problem;
    }

    /** The reader's warnings about this article. */
    public List<String> warnings() {
        return warnings;
    }

    /** The article. */
    public Article toArticle() {
        return new Article(id, outlet, url, published, role, text);
    }
}
