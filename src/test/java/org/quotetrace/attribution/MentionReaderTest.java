package org.quotetrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionReaderTest {

    private final MentionReader reader = new MentionReader(SpeakerLexicon.standard());

    @Test
    void personWithPossessiveOrganisationAndRole() {
        SpeakerDescription d = reader.read("Harbourpol's executive director Maria Lindqvist");
        assertThat(d.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(d.name()).isEqualTo("Maria Lindqvist");
        assertThat(d.organisation()).isEqualTo("Harbourpol");
        assertThat(d.roles()).contains("executive director");
    }

    @Test
    void personAfterAnAppositionWithTitleCaseRole() {
        SpeakerDescription d = reader.read("Maria Lindqvist, Harbourpol’s Executive Director");
        assertThat(d.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(d.name()).isEqualTo("Maria Lindqvist");
        assertThat(d.organisation()).isEqualTo("Harbourpol");
    }

    @Test
    void rankAbbreviationsAreNotPartOfTheName() {
        SpeakerDescription d = reader.read("RSP Det Acting Supt Tom Berger");
        assertThat(d.name()).isEqualTo("Tom Berger");
        assertThat(d.organisation()).isEqualTo("RSP");
    }

    @Test
    void theBodyNounOfAnOrganisationNameIsNoRoleOfItsSpokesperson() {
        SpeakerDescription d = reader.read("a Northby Borough Council spokeswoman");
        assertThat(d.kind()).isEqualTo(MentionKind.NOMINAL);
        assertThat(d.organisation()).isEqualTo("Northby Borough Council");
        assertThat(d.roles()).containsExactly("spokeswoman");
        SpeakerDescription body = reader.read("the Northby Borough Council");
        assertThat(body.kind()).isEqualTo(MentionKind.ORGANISATION);
        assertThat(body.roles()).containsExactly("council");
    }

    @Test
    void surnameAfterATitle() {
        SpeakerDescription d = reader.read("Detective Berger");
        assertThat(d.kind()).isEqualTo(MentionKind.PERSON);
        assertThat(d.name()).isEqualTo("Berger");
    }

    @Test
    void nominalWithTheOrganisationNamedAfterABodyNoun() {
        SpeakerDescription d = reader.read("a spokesman for EU port agency Harbourpol");
        assertThat(d.kind()).isEqualTo(MentionKind.NOMINAL);
        assertThat(d.organisation()).isEqualTo("Harbourpol");
        assertThat(d.gender()).isEqualTo("m");
    }

    @Test
    void organisationInCapitalsWithAnAppositionAlias() {
        SpeakerDescription d = reader.read("HARBOURPOL, the European Agency for Port Safety");
        assertThat(d.kind()).isEqualTo(MentionKind.ORGANISATION);
        assertThat(d.name()).isEqualTo("Harbourpol");
        assertThat(d.aliases()).containsExactly("European Agency for Port Safety");
    }

    @Test
    void bareNameWinsOverThePossessiveDescription() {
        SpeakerDescription d = reader.read("Harbourpol, the European Union's port agency");
        assertThat(d.name()).isEqualTo("Harbourpol");
    }

    @Test
    void bracketedAcronymIsAnAlias() {
        SpeakerDescription d = reader.read("the Coastal Safety Foundation (CSF)");
        assertThat(d.kind()).isEqualTo(MentionKind.ORGANISATION);
        assertThat(d.name()).isEqualTo("Coastal Safety Foundation");
        assertThat(d.aliases()).containsExactly("CSF");
    }

    @Test
    void pronounsAndGroups() {
        assertThat(reader.read("She").kind()).isEqualTo(MentionKind.PRONOUN);
        assertThat(reader.read("She").gender()).isEqualTo("f");
        SpeakerDescription officials = reader.read("officials");
        assertThat(officials.kind()).isEqualTo(MentionKind.NOMINAL);
        assertThat(officials.roles()).containsExactly("officials");
    }
}
