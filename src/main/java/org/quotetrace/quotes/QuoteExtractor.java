package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Annotator;
import org.quotetrace.story.StoryLayout;
import org.quotetrace.story.StorySegmenter;

/**
 * The quote stage: finds the story body, the direct quotes and their cues, and reported speech.
 * Thread-safe as long as each thread passes its own {@link Annotator}.
 */
public final class QuoteExtractor {

    private final StorySegmenter segmenter;
    private final DirectQuoteFinder directFinder;
    private final DirectQuoteCueLocator cueLocator;
    private final ReportedSpeechFinder reportedFinder;

    public QuoteExtractor(StorySegmenter segmenter, DirectQuoteFinder directFinder,
                          DirectQuoteCueLocator cueLocator, ReportedSpeechFinder reportedFinder) {
        this.segmenter = segmenter;
        this.directFinder = directFinder;
        this.cueLocator = cueLocator;
        this.reportedFinder = reportedFinder;
    }

    /** An extractor with the standard lexicon from {@code models/}. */
    public static QuoteExtractor standard() {
        CueLexicon lexicon = CueLexicon.standard();
        CueMatcher matcher = new CueMatcher(lexicon);
        return new QuoteExtractor(new StorySegmenter(), new DirectQuoteFinder(new ScareQuoteFilter(lexicon)),
                new DirectQuoteCueLocator(matcher), new ReportedSpeechFinder(matcher));
    }

    /** Finds all quotes of {@code text}. */
    public ExtractedQuotes extract(String text, Annotator annotator) {
        StoryLayout layout = segmenter.segment(text);
        AnnotatedText annotated = annotator.annotate(text);
        List<QuoteSpan> direct = directFinder.find(text, layout);
        List<QuoteSpan> located = new ArrayList<>(direct.size());
        for (QuoteSpan quote : direct) {
            located.add(cueLocator.locate(text, layout, annotated, quote, direct));
        }
        List<QuoteSpan> all = new ArrayList<>(located);
        all.addAll(reportedFinder.find(text, layout, annotated, located));
        all.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end));
        return new ExtractedQuotes(layout, annotated, all);
    }
}
