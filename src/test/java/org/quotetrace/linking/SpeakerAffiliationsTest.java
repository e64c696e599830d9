package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.ledger.LedgerRow;

class SpeakerAffiliationsTest {

    private static LedgerRow row(String speakerId, String speakerName, String mention) {
        return new LedgerRow("x:0-1", "x.txt", "", speakerId, speakerName, mention, "said", "direct", "words", 0, 1,
                List.of(), "", Double.NaN, "");
    }

    @Test
    void aMentionNamingABodyTiesItsSpeakerToThatBody() {
        SpeakerAffiliations affiliations = SpeakerAffiliations.of(List.of(
                row("harbour-authority", "Harbour Authority", "the Harbour Authority"),
                row("ann-lee", "Ann Lee", "Harbour Authority director Ann Lee"),
                row("harbour-authority-spokeswoman", "Harbour Authority spokeswoman", "a spokeswoman for the Harbour Authority"),
                row("tom-reed", "Tom Reed", "engineer Tom Reed"),
                row("fire-brigade", "Fire Brigade", "the Fire Brigade")));
        assertThat(affiliations.related("ann-lee", "harbour-authority")).isTrue();
        assertThat(affiliations.related("harbour-authority", "ann-lee")).isTrue();
        assertThat(affiliations.related("harbour-authority-spokeswoman", "harbour-authority")).isTrue();
        assertThat(affiliations.related("tom-reed", "tom-reed")).isTrue();
        // nobody names Tom Reed with a body, nor the board with the brigade
        assertThat(affiliations.related("tom-reed", "harbour-authority")).isFalse();
        assertThat(affiliations.related("fire-brigade", "harbour-authority")).isFalse();
        assertThat(affiliations.related("ann-lee", "fire-brigade")).isFalse();
    }

    @Test
    void aNameInsideAnotherWordIsNoMention() {
        SpeakerAffiliations affiliations = SpeakerAffiliations.of(List.of(
                row("nato", "NATO", "NATO"),
                row("ann-lee", "Ann Lee", "NATOPLUS analyst Ann Lee")));
        assertThat(affiliations.related("ann-lee", "nato")).isFalse();
    }
}
