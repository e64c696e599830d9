package org.quotetrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.corpus.Article;
import org.quotetrace.ledger.LedgerRow;
import org.quotetrace.nlp.NlpModels;
import org.quotetrace.pipeline.Quotetrace;
import org.quotetrace.quotes.Cue;
import org.quotetrace.quotes.ExtractedQuotes;
import org.quotetrace.quotes.QuoteKind;
import org.quotetrace.quotes.QuoteSpan;
import org.quotetrace.story.StorySegmenter;

class ArticleSpeakerResolverTest {

    private final Quotetrace engine = Quotetrace.standard(1);

    private static Article article(String id, String text) {
        return new Article(id, "", "", "", "article", text);
    }

    /** "speaker_name|kind|text" of every row of one article. */
    private List<String> rows(String text) {
        return engine.extract(List.of(article("a.txt", text))).stream()
                .map(r -> r.speakerName() + "|" + r.kind() + "|" + r.text()).toList();
    }

    private List<String> directSpeakers(String text) {
        return engine.extract(List.of(article("a.txt", text))).stream()
                .filter(r -> r.kind().equals("direct")).map(LedgerRow::speakerName).toList();
    }

    @Test
    void namedPersonThenPronounAndContinuationParagraph() {
        String text = "Harbourpol's executive director Maria Lindqvist said: \u201CThe port is safe again.\n"
                + "\u201CWe checked every crane twice.\u201D\n"
                + "\u201CThe ferries will run on Monday,\u201D she added.\n";
        assertThat(directSpeakers(text)).containsExactly("Maria Lindqvist", "Maria Lindqvist", "Maria Lindqvist");
    }

    @Test
    void nominalSpeakerKeepsItsRoleAndOrganisation() {
        String text = "The cranes were checked twice, a spokesman for EU port agency Harbourpol said.\n"
                + "The spokesman added: \u201CNobody was hurt during the storm.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Harbourpol spokesperson");
    }

    @Test
    void aSpokespersonOfABodyIsNotAnotherOfItsStaff() {
        String text = "The Mill Lane bridge has been closed since March.\n"
                + "Jon Pellow, head of roads at the Northby Borough Council, said: \u201CThe bridge will shut in May.\u201D\n"
                + "A Northby Borough Council spokeswoman said: \u201CBuses will run every ten minutes.\u201D\n"
                + "The spokeswoman added: \u201CWe are sorry for the delay.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Jon Pellow", "Northby Borough Council spokesperson",
                "Northby Borough Council spokesperson");
    }

    @Test
    void boardTrustAndAuthorityNameTheBodyTheArticleNamed() {
        String text = "The Mill Lane bridge has been closed since March.\n"
                + "\u201CWe will shut the bridge in May,\u201D said the Northby Transport Authority in a statement.\n"
                + "Ann Kerr, chair of the Northby Harbour Board, said: \u201CThe quay is safe.\u201D\n"
                + "\u201CWe are sorry for the delay,\u201D the board said.\n"
                + "\u201CBuses will replace the ferry,\u201D the authority said.\n";
        assertThat(directSpeakers(text)).containsExactly("Northby Transport Authority", "Ann Kerr",
                "Northby Harbour Board", "Northby Transport Authority");
    }

    @Test
    void heOrSheDoesNotReferToAStreetABodyOrTheOutletTold() {
        String text = "The Mill Lane bridge has been closed since March.\n"
                + "Tom Hale said residents of Pellow Road had never been in danger.\n"
                + "\u201CWe are late,\u201D he said.\n"
                + "Mary Quinn, president of the Northby Chamber of Commerce, said the closure would hurt shops.\n"
                + "\u201COur members are angry,\u201D she said.\n"
                + "Ann Kerr said the bridge would reopen in June, she told Valley Voice.\n"
                + "\u201CWe are sorry,\u201D she said.\n";
        assertThat(directSpeakers(text)).containsExactly("Tom Hale", "Mary Quinn", "Ann Kerr");
    }

    @Test
    void aRoleAppositionAfterAReportedSpeakerIsTheirRole() {
        String text = "The Mill Lane bridge has been closed since March.\n"
                + "The bridge would not reopen until June, said Dan Numbe, head of engineering at the Northby Borough Council.\n"
                + "\u201CWe expect the job to be done by May,\u201D the head of engineering said.\n"
                + "Greta Lamb, coordinator of the Northby Cycling Campaign, said no one from the council had visited.\n"
                + "\u201CWe first warned the council in 2018,\u201D the coordinator insisted.\n";
        assertThat(directSpeakers(text)).containsExactly("Dan Numbe", "Greta Lamb");
    }

    @Test
    void titleOnlyMentionResolvesToTheNamedHolderOfTheTitle() {
        String text = "\u201CThe port is safe again,\u201D said Harbourpol's executive director Maria Lindqvist.\n"
                + "\u201CWe checked every crane twice,\u201D Harbourpol's executive director added.\n";
        assertThat(directSpeakers(text)).containsExactly("Maria Lindqvist", "Maria Lindqvist");
    }

    @Test
    void organisationPronounAndBodyNouns() {
        String text = "\u201CThe storm damaged four cranes,\u201D HARBOURPOL said in a statement.\n"
                + "Some cranes were \u201Cbeyond repair,\u201D it said.\n"
                + "\u201CRepairs will take a month,\u201D the agency said.\n";
        assertThat(directSpeakers(text)).containsExactly("Harbourpol", "Harbourpol", "Harbourpol");
    }

    @Test
    void pronounPrefersTheLatestPersonOfMatchingGender() {
        String text = "\u201CThe port is safe again,\u201D said Maria Lindqvist, the agency's director.\n"
                + "A crane driver, a man from Oldport, was hurt in the storm. \u201CI was lucky,\u201D he said.\n";
        assertThat(directSpeakers(text)).containsExactly("Maria Lindqvist", "Oldport man");
    }

    @Test
    void aNameInsideTheSpeakersOwnQuoteIsNoAntecedentForAPronoun() {
        String text = "Maria Lindqvist, director of the Harbour Agency, said: \u201CThe ferry will leave from Kelso Quay "
                + "every Tuesday while Anna Baird repairs the crane.\u201D\n"
                + "She added: \u201CNobody was hurt during the storm.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Maria Lindqvist", "Maria Lindqvist");
    }

    @Test
    void aNominalMentionedBeforeTheNameMergesIntoTheNamedPerson() {
        String text = "According to a harbour inspector, the cranes are safe to use again.\n"
                + "\u201CWe checked every crane twice,\u201D says harbour inspector Tom Berger.\n";
        assertThat(rows(text)).allMatch(r -> r.startsWith("Tom Berger|"));
    }

    @Test
    void blockQuoteTakesTheNameUnderIt() {
        String text = "The ministry published its report on Monday about the river clean-up programme.\n\n"
                + "We removed more waste from the river this year than in the five years before. The work is not over.\n\n"
                + "Maria Lindqvist\nDirector of the River Agency\n";
        assertThat(directSpeakers(text)).containsExactly("Maria Lindqvist");
    }

    @Test
    void aQuoteWithoutCueContinuesTheSpeakerOfTheReportedSpeechBeforeIt() {
        String text = "Harbour master Jane Roe said the port would reopen on Monday after the storm.\n"
                + "\u201CWe checked every crane twice before we made the decision.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Jane Roe");
    }

    @Test
    void aSourceThatCannotSpeakGivesWayToTheSubjectOfTheSentence() {
        String text = "So far, Harbourpol has closed two docks in a long inspection and confirmed that more closures are planned.\n";
        int cueStart = text.indexOf("confirmed");
        int sourceStart = text.indexOf("a long inspection");
        int contentStart = text.indexOf("more closures");
        QuoteSpan quote = new QuoteSpan(contentStart, text.indexOf(" are planned") + " are planned".length(), QuoteKind.INDIRECT,
                new Cue(cueStart, cueStart + "confirmed".length(), "confirmed", "confirm"),
                sourceStart, sourceStart + "a long inspection".length());
        ExtractedQuotes extracted = new ExtractedQuotes(new StorySegmenter().segment(text),
                NlpModels.shared().annotator().annotate(text), List.of(quote));
        List<AttributedQuote> resolved = new ArticleSpeakerResolver(new MentionReader(SpeakerLexicon.standard()))
                .resolve(text, extracted);
        assertThat(resolved.get(0).entity().displayName()).isEqualTo("Harbourpol");
    }

    @Test
    void aSentenceAdverbBeforeTheSourceIsNoName() {
        String text = "Meanwhile, the Port Safety Foundation (PSF) reports that accidents in ports are on the rise.\n";
        assertThat(rows(text)).containsExactly("Port Safety Foundation|indirect|accidents in ports are on the rise");
    }

    @Test
    void researchIsNoSpeakerButTheAgentThatConductedItIs() {
        String text = "The Port Safety Foundation, a charity, has warned about crane accidents.\n"
                + "Research conducted by the charity in the preceding year revealed the discovery of 35 broken cranes "
                + "in a single port.\n";
        assertThat(rows(text)).contains(
                "Port Safety Foundation|indirect|the discovery of 35 broken cranes in a single port");
    }

    @Test
    void aBodyNounKeepsNamingTheBodyTheArticleCalledSoWhenAnotherBodyComesBetween() {
        String text = "Harbourpol said that three cranes collapsed in the storm.\n"
                + "The agency warned that two ships might sink.\n"
                + "The Port Safety Foundation reports that accidents in ports are on the rise.\n"
                + "The agency has called for stricter inspections of old cranes.\n";
        assertThat(rows(text)).contains("Harbourpol|indirect|stricter inspections of old cranes");
    }

    @Test
    void aNameAfterTheArticleInsideARoleIsTheBodyNotTheSpeaker() {
        // "Fenwick Chamber" looks like a person's name, but after "of the" it names the body
        String text = "Orla Quennet, president of the Fenwick Chamber, said: \u201CShops have lost half their trade.\u201D\n"
                + "The president said: \u201CWe want the road open by May.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Orla Quennet", "Orla Quennet");
    }

    @Test
    void aGivenNameTheTaggerDoesNotKnowAfterTheCueIsStillTheSpeaker() {
        String text = "The bridge was shut on Monday.\n"
                + "\u201CI cross it every morning and nobody told us anything,\u201D said Bastian Quorrel.\n";
        assertThat(directSpeakers(text)).containsExactly("Bastian Quorrel");
    }

    @Test
    void aDescriptionWithARelativeClauseBetweenNameAndCueKeepsTheName() {
        String text = "Orla Quennet, president of the Fenwick Society, said: \u201CShops have lost half their trade.\u201D\n"
                + "Tomas Veldry, a baker who lives nearby, said: \u201CI have lost my best customers.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Orla Quennet", "Tomas Veldry");
    }

    @Test
    void aRoleGivenAfterAPostCueNameNamesTheSpeakerLater() {
        String text = "\u201CThe quay will be rebuilt,\u201D explained Maren Quist, chief executive of the Fenwick Harbour Board.\n"
                + "\u201CWork starts in June,\u201D explained the chief executive.\n"
                + "The organiser of the protest, Ada Brell, has called a meeting.\n"
                + "Ada Brell, organiser of the Fenwick Tenants' Union, said: \u201CWe were never asked.\u201D\n"
                + "The organiser said: \u201CWe will be at the meeting.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Maren Quist", "Maren Quist", "Ada Brell", "Ada Brell");
    }

    @Test
    void aFirmOrANicknameIsNoAntecedentForHeOrShe() {
        String text = "Road works in Elmfield\n"
                + "Dr Tobias Wenlock said Marrowgate Contractors would need about six weeks to mend the bridge.\n"
                + "\u201CNobody will be left without a bus,\u201D he told the paper.\n"
                + "The plan, known locally as the \u201CElmfield Patch\u201D, has been argued over for years.\n"
                + "He said: \u201CWe will keep the footpath open.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Tobias Wenlock", "Tobias Wenlock");
    }

    @Test
    void aRoleNoNamedPersonHoldsIsTheOnePersonWhoseRoleWasNeverGiven() {
        String text = "Closure of the Elmfield baths confirmed\n"
                + "Dr Petra Olvanger said: \u201CThe baths will shut for six weeks.\u201D\n"
                + "Organiser Hamish Dole spoke of \u201Cyears of neglect\u201D.\n"
                + "\u201CWe are sorry it has taken so long,\u201D the medical director added.\n";
        assertThat(directSpeakers(text)).containsExactly("Petra Olvanger", "Hamish Dole", "Petra Olvanger");
        String twoUndescribed = "Closure of the Elmfield baths confirmed\n"
                + "Dr Petra Olvanger said: \u201CThe baths will shut for six weeks.\u201D\n"
                + "Councillor Hamish Dole said: \u201CWe were never asked.\u201D\n"
                + "\u201CWe are sorry it has taken so long,\u201D the medical director added.\n";
        assertThat(directSpeakers(twoUndescribed)).containsExactly("Petra Olvanger", "Hamish Dole", "Director");
    }

    @Test
    void aSpokespersonForAMultiWordBodyIsThatBodysSpokesperson() {
        // the tagger reads "Borough" as a preposition; the subject must not stop there
        String text = "The Pellowick footbridge first opened in 1961 and is used by about 3000 people a week.\n\n"
                + "A spokeswoman for the Pellowick Borough Council added that a survey of the footbridge on 4 May had found cracks.\n\n"
                + "A spokesman for the Harnmoor Borough Council warned that the Harnmoor helpline had taken 200 calls in June.\n\n"
                + "A spokesperson for the Tallow District Health Board said the clinic would open in August.\n\n"
                + "The Pellowick Borough Council told The Herald the footbridge would reopen in July.\n";
        assertThat(rows(text)).containsExactly(
                "Pellowick Borough Council spokesperson|indirect|a survey of the footbridge on 4 May had found cracks",
                "Harnmoor Borough Council spokesperson|indirect|the Harnmoor helpline had taken 200 calls in June",
                "Tallow District Health Board spokesperson|indirect|the clinic would open in August",
                "Pellowick Borough Council|indirect|the footbridge would reopen in July");
    }

    @Test
    void aSurnameTheTaggerReadsAsAnAdverbStaysPartOfTheName() {
        // the tagger reads "Beloow" (like "below") as an adverb; it is no English word but a surname
        String text = "The bridge in Tallow was last repaired in 1990.\n\n"
                + "Ada Beloow, chair of the Tallow Borough Council, said the job on Mill Road would be done by July.\n\n"
                + "She said: \u201CNothing matters more than keeping cyclists in Tallow safe.\u201D\n";
        assertThat(rows(text)).containsExactly(
                "Ada Beloow|indirect|the job on Mill Road would be done by July",
                "Ada Beloow|direct|Nothing matters more than keeping cyclists in Tallow safe.");
    }

    @Test
    void aGivenNameTheTaggerReadsAsAConjunctionAfterALowerCaseRoleIsTheSpeakersName() {
        // the tagger reads unseen names after "chair" as a conjunction, a preposition or an adverb
        String text = "The Tallow baths have been shut since March.\n\n"
                + "\u201CWe have heard from 300 families since May,\u201D added chair Anouk Velmaiery.\n\n"
                + "According to chair Bastian Pelvoard, swimmers living on Mill Road would suffer most.\n\n"
                + "\u201CNobody asked us,\u201D said coordinator Soren Stilloin.\n";
        assertThat(rows(text)).containsExactly(
                "Anouk Velmaiery|direct|We have heard from 300 families since May,",
                "Bastian Pelvoard|indirect|swimmers living on Mill Road would suffer most",
                "Soren Stilloin|direct|Nobody asked us,");
    }

    @Test
    void twoUnseenNamesOpeningASentenceBeforeAnAppositionAreTheSpeakersName() {
        // the tagger reads "Tariq" as a verb and "Gaskaiery" as a common noun
        String text = "The Tallow harbour wall has been shut since March.\n\n"
                + "Tariq Gaskaiery, head of engineering at the Tallow Water Company, said: \u201COur first duty is to the fleet.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Tariq Gaskaiery");
    }

    @Test
    void aRoleNounAndItsVerbMisreadAfterAQuoteStillNameTheSpeaker() {
        // after a closing quotation mark the tagger reads "the chief executive" and "the organiser" as
        // adjectives, "warned" as an adjective, "told" as a noun and the "a" of "explained a ... spokeswoman"
        // as a conjunction
        String text = "The Mill Road quay has been shut since March because of cracked piles.\n"
                + "Jon Pellow, chief executive of the Northby Harbour Board, said the quay would reopen in May.\n"
                + "Mary Quinn, organiser of the Mill Road Residents' Association, said families were angry.\n"
                + "\u201CWe expect the crews on Mill Road to be finished by the end of April, weather permitting,\u201D"
                + " the chief executive warned.\n"
                + "The organiser added: \u201CNobody from the board has come to Mill Road to explain any of this.\u201D\n"
                + "\u201CWe expect the job to be finished by the end of April,\u201D explained a Northby Health Trust spokeswoman.\n"
                + "\u201COur members have waited eight months for an answer,\u201D the organiser told Downland Echo.\n"
                + "The chief executive explained: \u201CWe will publish the full report in June.\u201D\n";
        assertThat(directSpeakers(text)).containsExactly("Jon Pellow", "Mary Quinn", "Northby Health Trust spokesperson",
                "Mary Quinn", "Jon Pellow");
    }

    @Test
    void aFlaggedWordBeforeAnotherQuoteTakesNoCueFromTheVerbOfThatQuote() {
        // "wiped" is a word the reporter flags; "the chief executive mockingly responded" is the cue of
        // the quote after it, not a sentence-final attribution of "wiped"
        String text = "The Mill Road pier has been shut since March because of cracked piles.\n"
                + "Ann Kerr, chief executive of the Northby Harbour Board, said the pier would reopen in May.\n"
                + "When confronted at a May press conference by Valley Voice reporter Tom Hale about whether or not she"
                + " \u201Cwiped\u201D her laptop so the auditors could not recover certain files, the chief executive"
                + " mockingly responded, \u201CWhat? Like with a cloth or something?\u201D\n";
        assertThat(rows(text)).containsExactly(
                "Ann Kerr|indirect|the pier would reopen in May",
                "Ann Kerr|direct|What? Like with a cloth or something?");
    }

    @Test
    void aRoleNoQuotedPersonHoldsIsThePersonTheNarrativeGaveThatRole() {
        String titled = "The Tallow bridge has been shut since March.\n\n"
                + "Chair Lucan Pindaade opened the public meeting on Monday.\n\n"
                + "\u201CWe thought long and hard about this,\u201D the chair said.\n";
        assertThat(directSpeakers(titled)).containsExactly("Lucan Pindaade");
        String apposition = "The Tallow bridge has been shut since March.\n\n"
                + "Jo Marrick, director of operations at the Tallow Harbour Board, visited the bridge on Monday.\n\n"
                + "\u201CThe bridge will reopen in May,\u201D the director of operations added.\n";
        assertThat(directSpeakers(apposition)).containsExactly("Jo Marrick");
        String twoChairs = "The Tallow bridge has been shut since March.\n\n"
                + "Chair Lucan Pindaade and chair Ada Bellow opened the public meeting on Monday.\n\n"
                + "\u201CWe thought long and hard about this,\u201D the chair said.\n";
        assertThat(directSpeakers(twoChairs)).containsExactly("Chair");
        String anotherBody = "The Tallow bridge has been shut since March.\n\n"
                + "Northby Council spokesman Jo Marrick visited the bridge on Monday.\n\n"
                + "\u201CThe bridge will reopen in May,\u201D a Tallow Harbour Board spokesman said.\n";
        assertThat(directSpeakers(anotherBody)).containsExactly("Tallow Harbour Board spokesperson");
    }

    @Test
    void aRoleTheTaggerReadsAsAdjectivesAfterTheCueIsStillTheSource() {
        // the tagger reads "chief executive" as two adjectives
        String text = "The Tallow library has been shut since March.\n\n"
                + "Kezia Hailmoow, chief executive of the Tallow Transport Authority, said: \u201CThe roof is unsafe.\u201D\n\n"
                + "\u201CThis decision was not taken lightly,\u201D the Tallow Transport Authority told The Tallow Post.\n\n"
                + "\u201CNothing matters more than keeping readers safe,\u201D added the chief executive.\n";
        assertThat(directSpeakers(text)).containsExactly("Kezia Hailmoow", "Tallow Transport Authority", "Kezia Hailmoow");
    }
}
