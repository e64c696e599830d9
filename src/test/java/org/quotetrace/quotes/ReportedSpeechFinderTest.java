package org.quotetrace.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.nlp.NlpModels;

/** Reported speech on small synthetic articles, one pattern per test. */
class ReportedSpeechFinderTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

    private static List<QuoteSpan> all(String text) {
        return EXTRACTOR.extract(text, NlpModels.shared().annotator()).quotes();
    }

    private static List<String> indirect(String text) {
        return all(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT)
                .map(q -> text.substring(q.start(), q.end())).toList();
    }

    private static QuoteSpan onlyIndirect(String text) {
        List<QuoteSpan> found = all(text).stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String source(String text, QuoteSpan quote) {
        return quote.hasSource() ? text.substring(quote.sourceStart(), quote.sourceEnd()) : "";
    }

    @Test
    void saidThatDropsTheComplementiser() {
        assertThat(indirect("The harbour master said that three ferries were delayed by the storm.\n"))
                .containsExactly("three ferries were delayed by the storm");
    }

    @Test
    void saidWithoutThat() {
        assertThat(indirect("The harbour master said three ferries were delayed by the storm.\n"))
                .containsExactly("three ferries were delayed by the storm");
    }

    @Test
    void contentBeforeSubjectAndVerb() {
        String text = "The bridge will reopen in May, the city engineer said.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("The bridge will reopen in May");
        assertThat(source(text, quote)).isEqualTo("the city engineer");
    }

    @Test
    void contentBeforeInvertedSourceWithApposition() {
        String text = "The bridge will reopen in May, said Mark Lee, the city's chief engineer, in a statement on Friday.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("The bridge will reopen in May");
        assertThat(source(text, quote)).startsWith("Mark Lee");
        assertThat(quote.cue().text()).isEqualTo("said");
    }

    @Test
    void datelineIsNotContent() {
        assertThat(indirect("OSLO (Reuters) \u2014 The council approved the budget on Friday, officials said.\n"))
                .containsExactly("The council approved the budget on Friday");
    }

    @Test
    void accordingToBeforeAndAfter() {
        assertThat(indirect("According to the ministry, the new tunnel will carry trains by 2030.\n"))
                .containsExactly("the new tunnel will carry trains by 2030");
        assertThat(indirect("The new tunnel will carry trains by 2030, according to the ministry.\n"))
                .containsExactly("The new tunnel will carry trains by 2030");
    }

    @Test
    void toldSkipsTheHearer() {
        String text = "The mayor told reporters on Tuesday that the budget was balanced.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("the budget was balanced");
        assertThat(source(text, quote)).isEqualTo("The mayor");
    }

    @Test
    void timeWordsBetweenCueAndContentAreSkipped() {
        assertThat(indirect("Ms Okafor said Tuesday the plan would cost less than expected.\n"))
                .containsExactly("the plan would cost less than expected");
    }

    @Test
    void participleAfterACommaStartsASecondQuote() {
        assertThat(indirect("The mayor said the budget was balanced, adding that taxes would fall next year.\n"))
                .containsExactly("the budget was balanced", "taxes would fall next year");
    }

    @Test
    void coordinatedCueEndsTheFirstContent() {
        assertThat(indirect("The minister said the trains were safe and warned that fares would rise.\n"))
                .containsExactly("the trains were safe", "fares would rise");
    }

    @Test
    void verbsOfStatingAndWarning() {
        assertThat(indirect("The agency cautioned that the ice on the lake was too thin.\n"))
                .containsExactly("the ice on the lake was too thin");
        assertThat(indirect("The company disclosed that its chief had resigned in March.\n"))
                .containsExactly("its chief had resigned in March");
        assertThat(indirect("The coroner stated that the driver had not been drinking.\n"))
                .containsExactly("the driver had not been drinking");
    }

    @Test
    void objectIsTheContentForVerbsLikeEmphasise() {
        assertThat(indirect("The union emphasised the need for safer scaffolding on every site.\n"))
                .containsExactly("the need for safer scaffolding on every site");
    }

    @Test
    void prepositionalCueWarnedOf() {
        assertThat(indirect("The charity warned of a sharp rise in hunger across the region.\n"))
                .containsExactly("a sharp rise in hunger across the region");
    }

    @Test
    void sayTakesNoNounObject() {
        assertThat(indirect("The coach said nothing after the match.\n")).isEmpty();
    }

    @Test
    void nounPhraseContentNeedsASpeakerForVerbsOfShowing() {
        assertThat(indirect("The flood highlights the weakness of the old dikes along the river.\n")).isEmpty();
        assertThat(indirect("Mayor Jansen highlighted the weakness of the old dikes along the river.\n"))
                .containsExactly("the weakness of the old dikes along the river");
    }

    @Test
    void statementAssertsWithAQuotedFragmentKeepsBothRows() {
        String text = "The statement asserts that the suspect \u201Cran a hidden online shop for stolen cards\u201D and fled abroad.\n";
        List<QuoteSpan> quotes = all(text);
        assertThat(quotes).extracting(QuoteSpan::kind).contains(QuoteKind.DIRECT, QuoteKind.INDIRECT);
        assertThat(indirect(text)).containsExactly(
                "the suspect \u201Cran a hidden online shop for stolen cards\u201D and fled abroad");
    }

    @Test
    void contentClosedByAQuoteThatIsMostOfItIsTheDirectQuoteAlone() {
        String text = "The mayor calls the flood \u201Cthe worst disaster this valley has seen in a hundred years.\u201D\n";
        assertThat(indirect(text)).isEmpty();
        assertThat(all(text)).extracting(q -> text.substring(q.start(), q.end()))
                .containsExactly("the worst disaster this valley has seen in a hundred years.");
        String asserts = "The report asserts that the firm \u201Chid its losses from auditors for more than six years.\u201D\n";
        assertThat(indirect(asserts)).isEmpty();
    }

    @Test
    void shortQuoteClosingLongerReportedWordsKeepsBothRows() {
        String text = "The mayor said the council had ignored every warning about the river for a decade and \u201Cfailed the town.\u201D\n";
        assertThat(indirect(text)).containsExactly(
                "the council had ignored every warning about the river for a decade and \u201Cfailed the town.\u201D");
        assertThat(all(text)).extracting(QuoteSpan::kind).contains(QuoteKind.DIRECT);
    }

    @Test
    void oneQuotedWordInsideReportedSpeechHasNoRowOfItsOwn() {
        String text = "The mayor said the council's handling of the flood was \u201Creckless\u201D and cost the town millions.\n";
        assertThat(all(text)).extracting(QuoteSpan::kind).containsExactly(QuoteKind.INDIRECT);
        String two = "The mayor said the council's handling of the flood was \u201Cdeeply reckless\u201D and cost the town millions.\n";
        assertThat(all(two)).extracting(QuoteSpan::kind).contains(QuoteKind.DIRECT, QuoteKind.INDIRECT);
    }

    @Test
    void gerundSubjectAfterThatIsContent() {
        assertThat(indirect("The coach added that inviting the rivals to the final was a mistake.\n"))
                .containsExactly("inviting the rivals to the final was a mistake");
    }

    @Test
    void infinitiveInsideTheSubjectOfAClauseIsNoObjectControl() {
        assertThat(indirect("Club officials said the campaign to raise money for the new stand would be fully funded.\n"))
                .containsExactly("the campaign to raise money for the new stand would be fully funded");
        assertThat(indirect("Club officials said fans to stay home.\n")).isEmpty();
    }

    @Test
    void includingAfterACommaStaysInTheContent() {
        assertThat(indirect("The agency said it was expanding its flood patrols, including a new night shift on the river.\n"))
                .containsExactly("it was expanding its flood patrols, including a new night shift on the river");
    }

    @Test
    void butThatOpensASecondComplementOfTheSameCue() {
        assertThat(indirect("She said the letters had stopped, but that the manager had ignored her for months.\n"))
                .containsExactly("the letters had stopped, but that the manager had ignored her for months");
    }

    @Test
    void questionPutToTheSpeakerIsReportedSpeechOfItsOwn() {
        assertThat(indirect("Asked whether the new bridge would open on time, the mayor said the work was on schedule.\n"))
                .containsExactly("whether the new bridge would open on time", "the work was on schedule");
        assertThat(indirect("When asked if the council had approved the budget, the clerk said it had not.\n"))
                .containsExactly("if the council had approved the budget", "it had not");
    }

    @Test
    void contentThatIsOneDirectQuoteIsNotReportedSpeech() {
        assertThat(indirect("The mayor said: \u201CWe will rebuild the bridge by spring.\u201D\n")).isEmpty();
        assertThat(indirect("The mayor said, \u201CWe will rebuild the bridge by spring.\u201D\n")).isEmpty();
    }

    @Test
    void cognitionVerbsAreNoCue() {
        assertThat(indirect("The mayor believes that the bridge will be rebuilt by spring.\n")).isEmpty();
        assertThat(indirect("Most residents think the new bridge is too expensive.\n")).isEmpty();
    }

    @Test
    void passiveCuesAreSkipped() {
        assertThat(indirect("The former treasurer is accused of moving funds to a private account.\n")).isEmpty();
    }

    @Test
    void relativeClauseCueDoesNotReportTheMainClause() {
        assertThat(indirect("The plan, which the mayor said would cost millions, was dropped on Monday.\n")).isEmpty();
    }

    @Test
    void parentheticalSourceSplitsTheContent() {
        assertThat(indirect("The new line, the operator said, will open before the summer holidays.\n"))
                .containsExactly("The new line", "will open before the summer holidays");
    }

    @Test
    void subjectWithARelativeClauseBeforeTheCue() {
        String text = "The official, who asked not to be named, said the talks had collapsed overnight.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("the talks had collapsed overnight");
        assertThat(source(text, quote)).isEqualTo("The official");
    }

    @Test
    void asSourceAnnouncedOpensTheSentence() {
        assertThat(indirect("As the police announced on Friday, the two suspects were released without charge.\n"))
                .containsExactly("the two suspects were released without charge");
    }

    @Test
    void trailingNarratorRemarkIsCutAtADash() {
        assertThat(indirect("The candidate told supporters that the vote was on a Sunday \u2014 two days after the real date.\n"))
                .containsExactly("the vote was on a Sunday");
    }

    @Test
    void namingParticipleIsNoCue() {
        assertThat(indirect("The firm invested through a fund called Northern Light Capital in 2019.\n")).isEmpty();
    }

    @Test
    void thatClauseWithCommasInsideIsKeptWhole() {
        assertThat(indirect("The coach said that young players, such as the twins, are often overlooked by scouts.\n"))
                .containsExactly("young players, such as the twins, are often overlooked by scouts");
    }

    @Test
    void nounPhraseContentEndsBeforeTimeAndInterviewPhrases() {
        assertThat(indirect("The senator denounced the new tariff in an interview on Sunday.\n"))
                .containsExactly("the new tariff");
        assertThat(indirect("The senator denounced the new tariff and voted against the bill.\n"))
                .containsExactly("the new tariff");
    }

    @Test
    void aStatementSayingIsACue() {
        assertThat(indirect("The club issued a statement on Monday saying the stadium would stay closed until March.\n"))
                .containsExactly("the stadium would stay closed until March");
    }

    @Test
    void titleBeforeANameDoesNotCutTheContent() {
        assertThat(indirect("Both senators said Mrs. Halvorsen was certain to win the district.\n"))
                .containsExactly("Mrs. Halvorsen was certain to win the district");
    }

    @Test
    void subordinateClauseBeforeTheInvertedSource() {
        assertThat(indirect("If the rain continues, the harvest will be late, the farmers said.\n"))
                .containsExactly("If the rain continues, the harvest will be late");
    }

    @Test
    void adverbialClauseAfterTheCueIsNotContent() {
        assertThat(indirect("\u201CWe are ready,\u201D the mayor said before opening the new library.\n")).isEmpty();
    }

    @Test
    void appositionAfterAnInvertedSourceIsNotContent() {
        assertThat(indirect("\u201CThe budget is fair,\u201D said Ana Ruiz of Civic Watch, a non-partisan budget monitor.\n")).isEmpty();
    }

    @Test
    void sourceIsTheNameOfAnApposition() {
        String text = "Ana Ruiz, the city's chief engineer, said the bridge was safe for heavy trucks.\n";
        assertThat(source(text, onlyIndirect(text))).isEqualTo("Ana Ruiz");
    }

    @Test
    void aNounPhraseWithAHyphenatedWordIsNoClauseForAVerbThatNeedsASpeaker() {
        // "AI-generated" read as a verb made the noun phrase a clause, and "the article" a speaker
        assertThat(indirect("The article effectively highlights a significant issue involving AI-generated images "
                + "and the operation to combat it.\n")).isEmpty();
    }

    @Test
    void contentThatRunsIntoACutOffFileIsDropped() {
        String text = "Harbourpol warned that the storm had damaged three cranes.\n"
                + "The agency has called for new techniques to tackle these eme";
        assertThat(indirect(text)).containsExactly("the storm had damaged three cranes");
    }

    @Test
    void aVerbAfterAParenthesisedAcronymIsACue() {
        String text = "Meanwhile, the Port Safety Foundation (PSF) reports that accidents in ports are on the rise.\n";
        assertThat(indirect(text)).containsExactly("accidents in ports are on the rise");
    }

    @Test
    void aCoordinatedNounPhraseBeforeTheSourceIsNoApposition() {
        String text = "The fine was raised to a sum of one year and six months, the prosecution said.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end()))
                .isEqualTo("The fine was raised to a sum of one year and six months");
        assertThat(source(text, quote)).isEqualTo("the prosecution");
    }

    @Test
    void indicateReportsOnlyWithASpeakerAsTheHeadOfItsSubject() {
        assertThat(indirect("Harbourpol indicated that 40 cranes have been inspected.\n"))
                .containsExactly("40 cranes have been inspected");
        assertThat(indirect("The port's records of the inspections indicate that 40 cranes were checked.\n")).isEmpty();
        assertThat(indirect("His recent comments indicate he believes the port is safe.\n")).isEmpty();
        assertThat(indirect("The repair plan, the documents indicate, is being led by a local firm.\n")).isEmpty();
    }

    @Test
    void aNounPhraseContentEndsBeforeAnAsClauseWithItsOwnSubject() {
        assertThat(indirect("Harbourpol highlighted the urgent need for stricter rules as they inspected 40 cranes "
                + "and seized two ships.\n")).containsExactly("the urgent need for stricter rules");
    }

    @Test
    void aDemonstrativeObjectReportsTheSentenceBefore() {
        String text = "Three ferries were cancelled because of the storm on the coast. The port spokesman confirmed "
                + "these developments as part of a wider warning.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end()))
                .isEqualTo("Three ferries were cancelled because of the storm on the coast");
        assertThat(source(text, quote)).isEqualTo("The port spokesman");
        assertThat(quote.cue().text()).isEqualTo("confirmed");
    }

    @Test
    void aDemonstrativeOfTimeOrAfterANamingVerbPointsNowhere() {
        assertThat(indirect("The ferry was cancelled on Monday morning. The port spokesman said this week that "
                + "the ferries will run again.\n")).containsExactly("the ferries will run again");
        assertThat(indirect("The ferry was cancelled on Monday morning. The spokesman calls this kind of storm "
                + "a rare event.\n")).doesNotContain("The ferry was cancelled on Monday morning");
    }

    @Test
    void aNonRestrictiveWhoAfterANameWithAppositionReports() {
        String text = "The ferry service was praised by Anna Vole, a harbour pilot for the port, who said the new "
                + "boats are safer than the old ones.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("the new boats are safer than the old ones");
        assertThat(source(text, quote)).contains("harbour pilot");
    }

    @Test
    void aNonRestrictiveWhoClauseEndsAtTheCommaBeforeTheMainVerb() {
        assertThat(indirect("Piet Koel, who said he plans to sail to the islands, has argued that the harbour needs "
                + "a second pier.\n")).containsExactly("he plans to sail to the islands", "the harbour needs a second pier");
        assertThat(indirect("The council heard Mara Lind, who claimed that the mayor had misled her in 2019, when he "
                + "was harbour master.\n")).containsExactly("the mayor had misled her in 2019, when he was harbour master");
    }

    @Test
    void aRestrictiveWhoAfterAnObjectReportsAndNamesTheNoun() {
        String text = "The council met three fishermen who claimed they had been fined by the harbour police.\n";
        QuoteSpan quote = onlyIndirect(text);
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo("they had been fined by the harbour police");
        assertThat(source(text, quote)).isEqualTo("three fishermen");
    }

    @Test
    void aRestrictiveWhoAfterTheSubjectOrAfterANameIsNoReport() {
        assertThat(indirect("Fishermen who said they had been fined are now suing the port.\n")).isEmpty();
        assertThat(indirect("It was Mr. Koel who told the pilots that the harbour would close.\n")).isEmpty();
        assertThat(indirect("The council thanked a captain who pledged to clean the harbour.\n")).isEmpty();
    }

    @Test
    void accordingToAfterAShortOpeningPhraseReportsBothPieces() {
        assertThat(indirect("By March 3, according to new port records, the harbour had handled 40 ships.\n"))
                .containsExactly("By March 3", "the harbour had handled 40 ships");
    }

    @Test
    void accordingToTakesASourceTheTaggerMisreads() {
        assertThat(indirect("The ferry lost most of its passengers last winter, according to exit surveys of travellers.\n"))
                .containsExactly("The ferry lost most of its passengers last winter");
    }

    @Test
    void anOpeningAccordingToSourceEndsAtItsComma() {
        assertThat(indirect("According to Koel, the interest in the new pier is high among fishermen.\n"))
                .containsExactly("the interest in the new pier is high among fishermen");
    }

    @Test
    void accordingToAfterAnAttributionOfAQuoteIsNoContent() {
        assertThat(indirect("The fleet grew again. \"We will sail,\" Koel said at a harbour dinner, according to audio "
                + "obtained by the paper.\n")).isEmpty();
    }

    @Test
    void aHyphenatedTitleAbbreviationDoesNotEndTheSentence() {
        assertThat(indirect("The pilots met Anna Vole, who had accused then-Gov. Piet Koel of closing the harbour.\n"))
                .containsExactly("then-Gov. Piet Koel of closing the harbour");
    }

    @Test
    void aBodyNameKeepsItsMiddleWordAfterAccordingTo() {
        // the tagger reads "Borough" as a preposition; it is a word of the council's name
        String text = "According to the Pellowick Borough Council, the new footbridge will open in early spring.\n";
        assertThat(source(text, onlyIndirect(text))).isEqualTo("the Pellowick Borough Council");
        String spokesman = "According to a Harnmoor Borough Council spokesman, the ferry will run again by the end of June.\n";
        assertThat(source(spokesman, onlyIndirect(spokesman))).isEqualTo("a Harnmoor Borough Council spokesman");
    }
}
