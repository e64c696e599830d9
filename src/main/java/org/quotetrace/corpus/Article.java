package org.quotetrace.corpus;

import java.util.Objects;

/**
 * One news article as the tracker sees it: its file name (the article id), what the manifest
 * says about it, and its text exactly as decoded. Every offset in the pipeline points into
 * {@link #text()}; nothing downstream changes that text.
 *
 * @param id        the article's file name, e.g. {@code 003_12ad31471c3a6d09.txt}
 * @param outlet    the outlet's name from the manifest, empty when unknown
 * @param url       the article's URL from the manifest, empty when unknown
 * @param published the publication date or date-time as written in the manifest, empty when unknown
 * @param role      {@code article} or {@code source} (a primary source such as a press release)
 * @param text      the decoded text
 */
public record Article(String id, String outlet, String url, String published, String role, String text) {

    /** Manifest role of a primary source (press release, transcript). */
    public static final String ROLE_SOURCE = "source";
    /** Manifest role of an ordinary article. */
    public static final String ROLE_ARTICLE = "article";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        published = published == null ? "" : published;
        role = role == null || role.isBlank() ? ROLE_ARTICLE : role.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** An article known only by its id and text (no manifest entry). */
    public static Article of(String id, String text) {
        return new Article(id, "", "", "", ROLE_ARTICLE, text);
    }

    /** Whether the manifest marks this document as a primary source. */
    public boolean isSource() {
        return ROLE_SOURCE.equals(role);
    }
}
