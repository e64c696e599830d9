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

    /** A story about a ferry strike in Elmport, with its people and places named several times. */
    private static final String FERRY_STORY = "Ferry strike leaves Elmport islanders stranded\n\n"
            + "Ferries between Elmport and Tarrow Island stopped running on Monday when crews walked out over pay, "
            + "the Elmport Harbour Board said.\n\n"
            + "Harbour master Ines Caldecott said the board would meet the crews' union on Thursday to talk about pay.\n\n"
            + "\"We cannot leave Tarrow Island cut off for another week,\" said Ines Caldecott.\n\n";

    @Test
    void anArticleLinkedAfterReadNextIsDroppedEvenWhenItSharesTheTopic() {
        // the linked article is about the same kind of strike, so its topic words match the story's
        String text = FERRY_STORY + "Read next\n\nBus strike leaves Norwick commuters stranded\n\n"
                + "Buses between Norwick and Fallow Green stopped running on Monday when drivers walked out over pay.\n\n"
                + "\"The strike over pay has stranded everyone on Quarry Lane,\" said Wendell Ashby.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(3).noneMatch(p -> p.contains("Norwick") || p.contains("Ashby"));
    }

    @Test
    void aMoreFromPromptLinksToOtherArticlesToo() {
        String text = FERRY_STORY + "More from The Coast Courier\n\nBus strike leaves Norwick commuters stranded\n\n"
                + "Buses between Norwick and Fallow Green stopped running on Monday when drivers walked out over pay.\n\n"
                + "\"The strike over pay has stranded everyone on Quarry Lane,\" said Wendell Ashby.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(3).noneMatch(p -> p.contains("Norwick") || p.contains("Ashby"));
    }

    @Test
    void theStoryGoingOnAfterALinkToAnotherArticleStays() {
        String text = FERRY_STORY + "Read next\n\nBus strike leaves Norwick commuters stranded\n\n"
                + "Ines Caldecott said ferries to Tarrow Island would carry food and medicine on Tuesday, "
                + "and the Elmport Harbour Board would pay for a lifeboat crew to stand by.\n";
        StoryLayout layout = segmenter.segment(text);
        assertThat(body(text, layout)).hasSize(4);
    }
}
