package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quotetrace.nlp.AnnotatedText;
import org.quotetrace.nlp.Annotator;
import org.quotetrace.nlp.Sentence;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;
import org.quotetrace.story.StorySegmenter;

/**
 * The quote stage: finds the story body, the direct quotes (in quotation marks or as bylined block
 * quotes) and their cues, reported speech, and the sentences that continue a report without a cue
 * of their own, and reads a headline printed as the story's first line. Only the body paragraphs are annotated, so page
 * furniture and appended articles never reach the finders.
 * Thread-safe as long as each thread passes its own {@link Annotator}.
 */
public final class QuoteExtractor {

    private final StorySegmenter segmenter;
    private final DirectQuoteFinder directFinder;
    private final ScareQuoteFilter scareQuotes;
    private final BlockQuoteFinder blockFinder;
    private final DirectQuoteCueLocator cueLocator;
    private final ReportedSpeechFinder reportedFinder;
    private final ReportContinuationFinder continuationFinder;
    private final HeadlineReport headline;

    public QuoteExtractor(StorySegmenter segmenter, DirectQuoteFinder directFinder, ScareQuoteFilter scareQuotes,
                          BlockQuoteFinder blockFinder, DirectQuoteCueLocator cueLocator, ReportedSpeechFinder reportedFinder,
                          ReportContinuationFinder continuationFinder, HeadlineReport headline) {
        this.segmenter = segmenter;
        this.directFinder = directFinder;
        this.scareQuotes = scareQuotes;
        this.blockFinder = blockFinder;
        this.cueLocator = cueLocator;
        this.reportedFinder = reportedFinder;
        this.continuationFinder = continuationFinder;
        this.headline = headline;
    }

    /** An extractor with the standard lexicon from {@code models/}. */
    public static QuoteExtractor standard() {
        CueLexicon lexicon = CueLexicon.standard();
        CueMatcher matcher = new CueMatcher(lexicon);
        ScareQuoteFilter scareQuotes = new ScareQuoteFilter();
        return new QuoteExtractor(new StorySegmenter(), new DirectQuoteFinder(scareQuotes), scareQuotes,
                BlockQuoteFinder.standard(), new DirectQuoteCueLocator(matcher), new ReportedSpeechFinder(matcher),
                new ReportContinuationFinder(matcher), new HeadlineReport(matcher));
    }

    /** Finds all quotes of {@code text}. */
    public ExtractedQuotes extract(String text, Annotator annotator) {
        StoryLayout layout = segmenter.segment(text);
        AnnotatedText annotated = annotateBody(text, layout, annotator);
        List<QuoteSpan> direct = directFinder.find(text, layout);
        List<QuoteSpan> located = new ArrayList<>();
        for (QuoteSpan quote : cueLocator.locateAll(text, layout, annotated, direct)) {
            if (!scareQuotes.isUncuedShortQuote(text, layout.paragraphAt(quote.start()), quote)
                    && !scareQuotes.isUnattributedName(text, quote)) {
                located.add(quote);
            }
        }
        located.addAll(blockFinder.find(text, layout, direct));
        List<QuoteSpan> reported = reportedFinder.find(text, layout, annotated, located);
        List<QuoteSpan> all = new ArrayList<>();
        for (QuoteSpan quote : located) {
            if (!scareQuotes.isWordInsideReportedSpeech(text, quote, reported)) {
                all.add(quote);
            }
        }
        all.addAll(reported);
        all.addAll(continuationFinder.find(layout, annotated, all));
        all = new ArrayList<>(headline.apply(text, layout, annotated, all));
        all.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end));
        return new ExtractedQuotes(layout, annotated, all);
    }

    private static AnnotatedText annotateBody(String text, StoryLayout layout, Annotator annotator) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : layout.bodyParagraphs()) {
            sentences.addAll(annotator.annotate(text, paragraph.start(), paragraph.end()).sentences());
        }
        return new AnnotatedText(text, sentences);
    }
}
