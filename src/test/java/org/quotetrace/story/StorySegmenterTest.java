package org.quotetrace.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySegmenterTest {

    private final StorySegmenter segmenter = new StorySegmenter();

    private static List<String> body(String text, StoryLayout layout) {
        return layout.bodyParagraphs().stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void headlinesBylinesAndCommentFormsAreNotBody() {
        String text = "Skip to content\n\nHarbour bridge to reopen after repairs\n\nBy Ann Writer, Coast News\n\n"
                + "The harbour bridge will reopen on Monday after three months of repairs, the port authority said on Friday.\n\n"
                + "Engineers replaced forty steel cables and repainted the whole span during the closure.\n\n"
                + "Leave a comment\n\nYour email address will not be published. Required fields are marked *\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).containsExactly(
                "The harbour bridge will reopen on Monday after three months of repairs, the port authority said on Friday.",
                "Engineers replaced forty steel cables and repainted the whole span during the closure.");
    }

    @Test
    void anUnrelatedArticleAppendedAfterPageFurnitureIsDropped() {
        String text = "Harbour bridge to reopen\n\n"
                + "The harbour bridge will reopen on Monday after three months of repairs to its steel cables, the port authority said.\n\n"
                + "Engineers replaced forty steel cables on the harbour bridge and repainted the span while ferries carried commuters.\n\n"
                + "The port authority said the harbour bridge repairs cost less than planned because the cables arrived early.\n\n"
                + "Author\n\nContinue Reading\n\nSports\n\nLocal choir wins national singing contest\n\nPublished\n\n"
                + "A village choir of sixty singers won the national singing contest in the capital, beating twelve rival choirs.\n\n"
                + "The choir rehearsed every evening for a year, its conductor explained, and performed three traditional songs.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(3).allMatch(p -> p.contains("harbour bridge"));
    }

    @Test
    void aRelatedSectionAfterAHeadingRunStaysInTheStory() {
        String text = "Harbour bridge to reopen\n\n"
                + "The harbour bridge will reopen on Monday after three months of repairs to its steel cables, the port authority said.\n\n"
                + "Repair facts\n\nWhat comes next\n\n"
                + "The port authority will inspect the harbour bridge cables again next year and publish the repair costs.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(2);
    }

    @Test
    void aShortStandfirstUnderARepeatedHeadlineIsNotBody() {
        String text = "Harbour bridge to reopen\n\nHarbour bridge to reopen\n"
                + "Repairs finish early, the port authority says.\n"
                + "The harbour bridge will reopen on Monday after three months of repairs to its steel cables. "
                + "Engineers replaced forty cables.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).containsExactly(
                "The harbour bridge will reopen on Monday after three months of repairs to its steel cables. Engineers replaced forty cables.");
    }

    @Test
    void aWireDatelineIsCutOffTheFirstParagraph() {
        String text = "March 3 (Wire) — The harbour bridge will reopen on Monday, the port authority said.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).containsExactly("The harbour bridge will reopen on Monday, the port authority said.");
    }

    @Test
    void paragraphsOfAWordPressJsonDumpAreTheParagraphElements() {
        String text = "{\"id\":7,\"title\":{\"rendered\":\"Bridge to reopen\"},\"content\":{\"rendered\":\""
                + "<p class=\\\"x\\\">  The harbour bridge will reopen on Monday, the port authority said in a statement today.  <\\/p>\\n"
                + "<p class=\\\"x\\\">Engineers replaced forty steel cables and repainted the span during the closure.<\\/p>\"}}";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).containsExactly(
                "The harbour bridge will reopen on Monday, the port authority said in a statement today.",
                "Engineers replaced forty steel cables and repainted the span during the closure.");
    }

    @Test
    void aFileThatStopsMidSentenceIsMarkedCutOff() {
        String cut = "The harbour bridge will reopen on Monday, the port authority said.\nEngineers replaced forty cab";
        String whole = "The harbour bridge will reopen on Monday, the port authority said.\n";
        assertThat(segmenter.segment(cut).truncated()).isTrue();
        assertThat(segmenter.segment(whole).truncated()).isFalse();
    }

    @Test
    void sectionsAfterEmbedsStayEvenWhenTheirWordsDiffer() {
        String text = "Harbour bridge to reopen\n\n"
                + "The harbour bridge will reopen on Monday after three months of repairs to its steel cables, the port authority said.\n\n"
                + "<embed id=\"1\"><embed/>.\n\n<embed id=\"2\"><embed/>.\n\n"
                + "Meanwhile several councillors criticised the mayor for spending money on festivals instead of schools and clinics.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(2);
    }

    @Test
    void hardWrappedLinesAreOneParagraph() {
        String text = "The harbour bridge will reopen on Monday after three months of\nrepairs to its steel cables, the port authority said.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(layout.bodyParagraphs()).hasSize(1);
        assertThat(body(text, layout).get(0)).endsWith("authority said.");
    }
}
