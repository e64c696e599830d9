package org.quotetrace.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the story inside an article file. The file is cut into paragraphs (lines, or the
 * {@code <p>} elements of a JSON/HTML dump); each is classed as prose, heading or furniture.
 * Body paragraphs are the prose of the story:
 * <ul>
 * <li>headings (headline, bylines, captions, dates, menu items) and furniture (comment forms,
 * share prompts, markup) are never body;</li>
 * <li>a short one-sentence standfirst right under a headline printed twice is not body;</li>
 * <li>the page is split into sections at breaks (furniture, or two or more headings in a row);
 * the first section with real prose is the story. Once a break has shown page furniture that ends
 * an article (a comment form, "Continue reading"), a later section stays in the story only when
 * enough of its topic words already occur in the story: unrelated articles appended to the page
 * share little vocabulary with it. After a prompt linking to other articles ("Read next", "More
 * from ..."), a section must also name mostly the story's people and places: the article that
 * follows such a prompt may share the story's topic but not its names. Sections after mere embeds
 * or subheadings always stay;</li>
 * <li>a wire dateline ("Feb. 28 (UPI) — ") is cut off the paragraph it opens.</li>
 * </ul>
 */
public final class StorySegmenter {

    /** A section sharing less than this share of its topic words with the story is another article. */
    static final double MIN_TOPIC_OVERLAP = 0.25;
    /** Sections with fewer topic words than this are too small to judge on their own. */
    static final int MIN_JUDGEABLE_WORDS = 8;
    /** Words of prose a section needs to be taken as the start of the story. */
    static final int STORY_START_WORDS = 30;
    /** A standfirst (dek) under the headline has at most this many words. */
    static final int MAX_STANDFIRST_WORDS = 22;

    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final ParagraphClassifier classifier;
    private final TopicVocabulary vocabulary;

    public StorySegmenter() {
        this(ParagraphClassifier.standard(), TopicVocabulary.standard());
    }

    StorySegmenter(ParagraphClassifier classifier, TopicVocabulary vocabulary) {
        this.classifier = classifier;
        this.vocabulary = vocabulary;
    }

    /** The layout of {@code text}. */
    public StoryLayout segment(String text) {
        List<ParagraphSplitter.Piece> pieces = splitter.split(text);
        int n = pieces.size();
        ParagraphKind[] kinds = new ParagraphKind[n];
        for (int i = 0; i < n; i++) {
            ParagraphSplitter.Piece p = pieces.get(i);
            kinds[i] = p.markupFurniture() ? ParagraphKind.FURNITURE
                    : classifier.classify(text.substring(p.start(), p.end()));
        }
        boolean[] body = new boolean[n];
        for (int i = 0; i < n; i++) {
            body[i] = kinds[i] == ParagraphKind.PROSE;
        }
        markStandfirst(text, pieces, kinds, body);
        keepStorySections(text, pieces, kinds, body);
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ParagraphSplitter.Piece p = pieces.get(i);
            int start = p.start();
            if (body[i]) {
                start += Dateline.length(text.substring(p.start(), p.end()));
            }
            paragraphs.add(new Paragraph(start, p.end(), body[i]));
        }
        return new StoryLayout(paragraphs, isTruncated(text, pieces));
    }

    /**
     * The first prose paragraph after the first run of headings, when that run prints the headline
     * twice (a page template's title and hero) and the paragraph is one short sentence: a standfirst.
     */
    private static void markStandfirst(String text, List<ParagraphSplitter.Piece> pieces, ParagraphKind[] kinds, boolean[] body) {
        int firstHeading = -1;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == ParagraphKind.HEADING) {
                firstHeading = i;
                break;
            }
        }
        if (firstHeading < 0) {
            return;
        }
        int i = firstHeading;
        Set<String> headings = new HashSet<>();
        boolean repeated = false;
        while (i < kinds.length && kinds[i] != ParagraphKind.PROSE) {
            repeated |= !headings.add(text.substring(pieces.get(i).start(), pieces.get(i).end()));
            i++;
        }
        if (!repeated) {
            return;
        }
        if (i >= kinds.length - 1) {
            return;
        }
        String candidate = text.substring(pieces.get(i).start(), pieces.get(i).end());
        if (ParagraphClassifier.wordCount(candidate) <= MAX_STANDFIRST_WORDS && isOneSentence(candidate)
                && kinds[i + 1] == ParagraphKind.PROSE) {
            body[i] = false;
        }
    }

    private static boolean isOneSentence(String s) {
        String inner = s.strip();
        return !inner.substring(0, Math.max(0, inner.length() - 1)).matches("(?s).*[.!?][\"”’']?\\s+[A-Z\"“‘].*");
    }

    /** Drops sections after a break whose vocabulary the story does not share. */
    private void keepStorySections(String text, List<ParagraphSplitter.Piece> pieces, ParagraphKind[] kinds, boolean[] body) {
        List<int[]> sections = sections(kinds);
        int storyStart = -1;
        for (int s = 0; s < sections.size() && storyStart < 0; s++) {
            int words = 0;
            for (int i = sections.get(s)[0]; i < sections.get(s)[1]; i++) {
                if (body[i]) {
                    ParagraphSplitter.Piece p = pieces.get(i);
                    words += ParagraphClassifier.wordCount(text.substring(p.start(), p.end()));
                }
            }
            if (words >= STORY_START_WORDS) {
                storyStart = s;
            }
        }
        if (storyStart < 0) {
            return;
        }
        Set<String> story = new HashSet<>();
        Set<String> storyNames = new HashSet<>();
        int[] first = sections.get(storyStart);
        for (int i = 0; i < first[1]; i++) {
            vocabulary.collect(text, pieces.get(i).start(), pieces.get(i).end(), story);
            SectionNames.collect(text, pieces.get(i).start(), pieces.get(i).end(), storyNames);
        }
        boolean previousKept = true;
        boolean pageEnded = false;
        boolean otherArticlesLinked = false;
        for (int s = 0; s < sections.size(); s++) {
            if (s > storyStart) {
                int breakStart = sections.get(s - 1)[1];
                int breakEnd = sections.get(s)[0];
                pageEnded |= furniturePhraseBetween(text, pieces, breakStart, breakEnd);
                otherArticlesLinked |= nextArticlePromptBetween(text, pieces, breakStart, breakEnd);
            }
            int[] section = sections.get(s);
            if (s == storyStart || s > storyStart && !pageEnded) {
                for (int i = section[0]; i < section[1] && s > storyStart; i++) {
                    if (body[i]) {
                        vocabulary.collect(text, pieces.get(i).start(), pieces.get(i).end(), story);
                        SectionNames.collect(text, pieces.get(i).start(), pieces.get(i).end(), storyNames);
                    }
                }
                continue;
            }
            Set<String> words = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (int i = section[0]; i < section[1]; i++) {
                if (body[i]) {
                    vocabulary.collect(text, pieces.get(i).start(), pieces.get(i).end(), words);
                    SectionNames.collect(text, pieces.get(i).start(), pieces.get(i).end(), names);
                }
            }
            boolean keep = words.size() < MIN_JUDGEABLE_WORDS ? previousKept || s < storyStart
                    : TopicVocabulary.overlap(words, story) >= MIN_TOPIC_OVERLAP;
            if (keep && s > storyStart && otherArticlesLinked && SectionNames.mostlyForeign(names, storyNames)) {
                keep = false;
            }
            if (keep) {
                if (s > storyStart) {
                    story.addAll(words);
                    storyNames.addAll(names);
                }
            } else {
                for (int i = section[0]; i < section[1]; i++) {
                    body[i] = false;
                }
            }
            if (s > storyStart) {
                previousKept = keep;
            }
        }
    }

    /** Whether a prompt linking to other articles ("Read next") stands in {@code pieces[from, to)}. */
    private boolean nextArticlePromptBetween(String text, List<ParagraphSplitter.Piece> pieces, int from, int to) {
        for (int i = from; i < to; i++) {
            if (classifier.isNextArticlePrompt(text.substring(pieces.get(i).start(), pieces.get(i).end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a furniture phrase (comment form, "Continue reading") stands in {@code pieces[from, to)}. */
    private boolean furniturePhraseBetween(String text, List<ParagraphSplitter.Piece> pieces, int from, int to) {
        for (int i = from; i < to; i++) {
            if (classifier.isFurniturePhrase(text.substring(pieces.get(i).start(), pieces.get(i).end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sections of the page as index ranges: a break is a furniture paragraph or two or more
     * headings in a row, and belongs to no section.
     */
    private static List<int[]> sections(ParagraphKind[] kinds) {
        List<int[]> sections = new ArrayList<>();
        int n = kinds.length;
        int sectionStart = 0;
        int i = 0;
        while (i < n) {
            int runEnd = i;
            boolean furniture = false;
            while (runEnd < n && kinds[runEnd] != ParagraphKind.PROSE) {
                furniture |= kinds[runEnd] == ParagraphKind.FURNITURE;
                runEnd++;
            }
            if (runEnd > i && (furniture || runEnd - i >= 2)) {
                if (i > sectionStart) {
                    sections.add(new int[] {sectionStart, i});
                }
                sectionStart = runEnd;
                i = runEnd;
            } else {
                i = Math.max(runEnd, i + 1);
            }
        }
        if (n > sectionStart) {
            sections.add(new int[] {sectionStart, n});
        }
        return sections;
    }

    /** A file that stops mid-sentence: no final line break and no sentence end on the last paragraph. */
    private static boolean isTruncated(String text, List<ParagraphSplitter.Piece> pieces) {
        if (pieces.isEmpty() || text.endsWith("\n")) {
            return false;
        }
        ParagraphSplitter.Piece last = pieces.get(pieces.size() - 1);
        return last.end() >= text.strip().length() - 1
                && !ParagraphClassifier.endsLikeSentence(text.substring(last.start(), last.end()));
    }
}
