package org.quotetrace.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One invented news story: a place, the organisation at its centre, a topic, the people who
 * speak about it and what each of them said. Every article of the corpus belongs to one story
 * (apart from unrelated stories appended as page furniture).
 *
 * @param number       story number, 0-based
 * @param place        the invented town
 * @param organisation the organisation (also the speaker of its press release)
 * @param official     the organisation's named official
 * @param spokesperson the organisation's unnamed spokesperson, or null
 * @param critic       a named critic from a local group
 * @param slots        the topic's slot values (site, work, group, problem, measure, thing, place, org, short)
 * @param officialSays statements of the official
 * @param spokesSays   statements of the spokesperson (empty without one)
 * @param releaseSays  statements of the organisation's press release (empty without a release)
 * @param criticSays   statements of the critic
 * @param day          the day the story breaks
 */
record Story(int number, String place, SynthSpeaker organisation, SynthSpeaker official, SynthSpeaker spokesperson,
             SynthSpeaker critic, Map<String, String> slots, List<SynthStatement> officialSays,
             List<SynthStatement> spokesSays, List<SynthStatement> releaseSays, List<SynthStatement> criticSays,
             LocalDate day) {

    /** Whether the organisation issued a press release (a {@code role=source} document). */
    boolean hasRelease() {
        return !releaseSays.isEmpty();
    }

    /** Every speaker of the story that carries statements. */
    List<SynthSpeaker> speakers() {
        return spokesperson == null ? List.of(organisation, official, critic)
                : List.of(organisation, official, spokesperson, critic);
    }

    /** Every statement of the story, in a fixed order. */
    List<SynthStatement> statements() {
        return java.util.stream.Stream.of(releaseSays, officialSays, spokesSays, criticSays)
                .flatMap(List::stream).toList();
    }
}
