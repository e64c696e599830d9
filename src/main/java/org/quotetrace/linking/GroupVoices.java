package org.quotetrace.linking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Who the articles credit with each group's passages, and whether two credited speakers are one
 * voice (the same speaker, or one the articles tie to it: a body and its director or spokesperson,
 * {@link SpeakerAffiliations}). The grouping rules that weigh speakers ask here; when the linker does
 * not know who said what ({@link #known()} is false), no passage has a speaker.
 */
final class GroupVoices {

    private final PassageGraph graph;
    private final VersionGroups versions;
    /** The canonical speaker an article credits with a quote passage (empty when unknown); null when nobody is known. */
    private final Function<Passage, String> speakerOf;
    /** Whether reported speech credited to one speaker may paraphrase a quote credited to another. */
    private final BiPredicate<String, String> sameVoice;
    /** The credited speakers of each group asked about, computed once. */
    private final Map<Integer, Set<String>> speakersByGroup = new HashMap<>();

    GroupVoices(PassageGraph graph, VersionGroups versions, Function<Passage, String> speakerOf,
                BiPredicate<String, String> sameVoice) {
        this.graph = graph;
        this.versions = versions;
        this.speakerOf = speakerOf;
        this.sameVoice = sameVoice;
    }

    /** Whether the linker knows who is credited with each quote. */
    boolean known() {
        return speakerOf != null;
    }

    /** The canonical speaker credited with passage p; empty for free text or an unknown speaker. Only when {@link #known()}. */
    String speakerOf(Passage p) {
        return speakerOf.apply(p);
    }

    /** The speakers credited with any passage of group {@code g}. Only when {@link #known()}. */
    Set<String> speakersOf(int g) {
        return speakersByGroup.computeIfAbsent(g, k -> {
            Set<String> out = new HashSet<>();
            for (int p : versions.members(k)) {
                String speaker = speakerOf.apply(graph.passages().get(p));
                if (!speaker.isEmpty()) {
                    out.add(speaker);
                }
            }
            return out.isEmpty() ? Set.of() : out;
        });
    }

    /**
     * The speakers credited with group {@code g} when it is made of direct quotes only, each with a
     * known speaker; else empty.
     */
    Set<String> directSpeakers(int g) {
        if (speakerOf == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int id : versions.members(g)) {
            Passage p = graph.passages().get(id);
            String speaker = p.source() == Passage.Source.DIRECT ? speakerOf.apply(p) : "";
            if (speaker.isEmpty()) {
                return Set.of();
            }
            out.add(speaker);
        }
        return out;
    }

    /**
     * The speakers credited with group {@code g} when it is made of reported speech only, each with
     * a known speaker; else empty.
     */
    Set<String> reportedSpeakers(int g) {
        if (speakerOf == null || !versions.onlyReportedSpeech(g)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int id : versions.members(g)) {
            String speaker = speakerOf.apply(graph.passages().get(id));
            if (speaker.isEmpty()) {
                return Set.of();
            }
            out.add(speaker);
        }
        return out;
    }

    /** Whether {@code candidate} is a known speaker and one voice with one of {@code speakers}. */
    boolean sameVoice(Set<String> speakers, String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        for (String speaker : speakers) {
            if (sameVoice.test(speaker, candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the quotes of group {@code h} are credited to speakers and none of them is one of
     * {@code speakers} or tied to one ({@link #sameVoice}).
     */
    boolean otherVoices(int h, Set<String> speakers) {
        Set<String> credited = speakersOf(h);
        if (credited.isEmpty()) {
            return false;
        }
        for (String speaker : credited) {
            if (sameVoice(speakers, speaker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some passage of group {@code a} and some passage of group {@code b} are credited to
     * the same canonical speaker (false when the linker does not know who said what).
     */
    boolean sameSpeaker(int a, int b) {
        if (speakerOf == null) {
            return false;
        }
        Set<String> speakersB = speakersOf(b);
        return speakersOf(a).stream().anyMatch(speakersB::contains);
    }
}
