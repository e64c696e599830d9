package org.quotetrace.index;

import org.quotetrace.attribution.SpeakerDescription;

/**
 * How one article described a speaker, and the canonical speaker the ledger gave it: {@code verify}
 * canonicalises the new article's speakers together with these descriptions and takes over the
 * ledger's ids.
 */
public record IndexedSpeaker(SpeakerDescription description, String speakerId, String speakerName) {
}
