package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

class DirectQuoteCueLocatorTest {

    private final QuoteExtractor extractor = QuoteExtractor.standard();

    /** "cue|source" of each direct quote, in order. */
    private List<String> cues(String text) {
        return extractor.extract(text, NlpModels.shared().annotator()).quotes().stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT)
                .map(q -> (q.cue() == null ? "" : q.cue().text()) + "|"
                        + (q.hasSource() ? text.substring(q.sourceStart(), q.sourceEnd()) : ""))
                .toList();
    }

    @Test
    void cueAfterTheQuoteWithAnApposition() {
        String text = "\u201CThe river is cleaner than ever,\u201D Maria Lindqvist, the agency's director, said on Monday.\n";
        assertThat(cues(text)).containsExactly("said|Maria Lindqvist, the agency's director");
    }

    @Test
    void spokeOfAndUsedTheWordsIntroduceAQuoteOfTheirSubject() {
        String text = "The ferry has not run since May.\n"
                + "Councillor Edda Varn, leader of the Northby Parks Service, used the words \u201Ca sticking plaster\u201D.\n"
                + "Organiser Hamish Dole spoke of \u201Cyears of neglect\u201D.\n";
        assertThat(cues(text)).containsExactly("used the words|Councillor Edda Varn, leader of the Northby Parks Service",
                "spoke of|Organiser Hamish Dole");
    }

    @Test
    void aCapitalisedWordTheTaggerMisreadInsideANameStaysInTheSubject() {
        // the tagger reads "Borough" between two proper nouns as ADP
        String text = "The bridge has been closed since March.\n"
                + "Jon Pellow, head of roads at the Northby Borough Council, said: \u201CThe bridge will shut in May.\u201D\n";
        assertThat(cues(text)).containsExactly("said|Jon Pellow, head of roads at the Northby Borough Council");
        // ... and "Vorrimoor" before it as a common noun
        String nounBefore = "Kelda Marrow, chief executive of the Vorrimoor Borough Council, said: \"We are late.\"\n";
        assertThat(cues(nounBefore)).containsExactly("said|Kelda Marrow, chief executive of the Vorrimoor Borough Council");
    }

    @Test
    void aGivenNameTheTaggerReadAsAVerbOpensTheSubject() {
        // the tagger reads "Ann" opening the sentence as a verb
        String text = "The quay was shut on Monday.\n"
                + "Ann Kerr, chair of the Northby Harbour Board, said: \u201CThe quay is safe.\u201D\n";
        assertThat(cues(text)).containsExactly("said|Ann Kerr, chair of the Northby Harbour Board");
    }

    @Test
    void aSurnameTheTaggerReadAsAnAdverbOrVerbStaysInTheName() {
        // the tagger reads "Stilviin" as ADV and "Gethoholt" as VERB
        String text = "\u201CNobody from the council has come,\u201D added coordinator Saoirse Stilviin.\n"
                + "\u201CIt is late,\u201D said chair Hana Gethoholt.\n";
        assertThat(cues(text)).containsExactly("added|coordinator Saoirse Stilviin", "said|chair Hana Gethoholt");
    }

    @Test
    void theFieldOfATitleIsPartOfTheSubject() {
        // the tagger reads "engineering" as a verb
        String text = "The pool has been shut since May.\n"
                + "Head of engineering Rafferty Setheton said: \u201CWe are late.\u201D\n";
        assertThat(cues(text)).containsExactly("said|Head of engineering Rafferty Setheton");
    }

    @Test
    void colonLeadInBeforeTheQuote() {
        String text = "The harbour master said: \u201CNo ship will leave before the storm passes.\u201D\n";
        assertThat(cues(text)).containsExactly("said|The harbour master");
    }

    @Test
    void relativeClauseBetweenSubjectAndVerbIsSkipped() {
        String text = "The council, which was elected in May, calls the plan \u201Ca waste of public money.\u201D\n";
        assertThat(cues(text)).containsExactly("calls|The council");
    }

    @Test
    void passiveVerbIsNoCueAndTheQuoteBorrowsTheCueOfItsSentence() {
        String text = "The driver is accused of running \u201Ca service that carried stolen goods\u201D for buyers "
                + "who paid to \u201Cget the goods fast,\u201D the police alleged.\n";
        assertThat(cues(text)).containsExactly("alleged|the police", "alleged|the police");
    }

    @Test
    void participleCueTakesTheSubjectOfTheSentence() {
        String text = "The agency stressed the risk, stating, \u201CFloods will come back every spring.\u201D\n";
        assertThat(cues(text)).containsExactly("stating|The agency");
    }

    @Test
    void bareAttributionFrameAfterACommaEndedQuote() {
        String text = "The report found \u201Cno sign of damage,\u201D the statement read.\n";
        assertThat(cues(text)).containsExactly("read|the statement");
    }

    @Test
    void sentenceFinalAttributionAfterMoreWords() {
        String text = "Those held were \u201Cpart of a smuggling ring\u201D whose members sold fake watches, it alleged.\n";
        assertThat(cues(text)).containsExactly("alleged|it");
    }

    @Test
    void aRoleTheTaggerMisreadAfterAnInvertedCueOpensTheSource() {
        // the tagger reads "director" after "said" as ADP and "organiser" as SCONJ
        String text = "\"The pool will reopen in spring, once the new filters are in,\" said director of operations Freya Hollinbrook.\n"
                + "\"Forty families have written to us since May about the damp in Elmfield,\" said organiser Lucan Fennimore.\n";
        assertThat(cues(text)).containsExactly("said|director of operations Freya Hollinbrook", "said|organiser Lucan Fennimore");
    }

    @Test
    void aVerbOfSayingRightAfterAQuoteIsTheCueWhateverItsTag() {
        // the tagger reads "insisted" after the closing quotation mark as ADJ
        String text = "\"Late buses from Quarry Lane are a quick fix, and shift workers deserve better,\" insisted coordinator Tomas Pelleridge.\n";
        assertThat(cues(text)).containsExactly("insisted|coordinator Tomas Pelleridge");
    }

    @Test
    void aGivenNameTheTaggerReadAsAPronounKeepsItsSurname() {
        // the tagger reads "Ilse" as PRON and "Furrow" as ADV
        String text = "\"We will fix the roof,\" chair Ilse Furrow said, \"and half of it comes from the lottery fund.\"\n";
        assertThat(cues(text).get(0)).isEqualTo("said|chair Ilse Furrow");
    }
}
