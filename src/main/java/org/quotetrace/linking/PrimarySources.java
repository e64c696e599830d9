package org.quotetrace.linking;

import java.util.List;
import java.util.Locale;
import org.quotetrace.corpus.Article;
import org.quotetrace.util.ModelResources;

/**
 * Tells which documents are primary sources, the speaker's own words: {@code role=source} in the
 * manifest, or an outlet name labelled as a release ({@code models/source-markers.txt}, e.g.
 * "(media release)"). A primary source's wording is preferred as a statement's reference, and text
 * copied from it is reuse of its author's statement even when nobody quotes it.
 */
public final class PrimarySources {

    private final List<String> markers;

    public PrimarySources(List<String> markers) {
        this.markers = markers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    /** The markers from {@code models/source-markers.txt}. */
    public static PrimarySources standard() {
        return new PrimarySources(ModelResources.lines("source-markers.txt"));
    }

    /** Whether {@code article} is a primary source. */
    public boolean isPrimary(Article article) {
        if (article.isSource()) {
            return true;
        }
        String outlet = article.outlet().toLowerCase(Locale.ROOT);
        return markers.stream().anyMatch(outlet::contains);
    }
}
