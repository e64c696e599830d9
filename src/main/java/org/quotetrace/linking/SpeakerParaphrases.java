package org.quotetrace.linking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A grouping rule for when the linker knows who is credited with each quote: a group of reported
 * speech only that no earlier rule links, and so is still a statement of its own, becomes a part of
 * the quoted (not reported) sentence among its candidates that the article credits to one of the
 * same speakers (or to one the articles tie to it, {@link GroupVoices#sameVoice}) and that best
 * carries it ({@link ReportedParaphrase}), when that sentence carries at least
 * {@value #SPEAKER_PARAPHRASE_COVERAGE} of its rarity-weighted content and
 * {@value #MIN_SPEAKER_PARAPHRASE_WORDS} of its words. That is a lower bar than between unrelated
 * passages: reported speech rewords deeply, and the shared speaker is evidence of its own. A
 * sentence that is itself a part of the group is never taken, so parts never form a cycle.
 */
final class SpeakerParaphrases extends GroupingRule {

    /** Reported speech is a paraphrase of the same speaker's quote that carries this share of its weighted content. */
    static final double SPEAKER_PARAPHRASE_COVERAGE = 0.35;
    /** ... and at least this many of its content words. */
    static final int MIN_SPEAKER_PARAPHRASE_WORDS = 3;

    private final ReportedParaphrase paraphrase;

    private SpeakerParaphrases(GroupingContext context, ReportedParaphrase paraphrase) {
        super(context);
        this.paraphrase = paraphrase;
    }

    /** Links reported paraphrases to the same voice's quotes; nothing when speakers or {@code paraphrase} are unknown. */
    static void find(GroupingContext context, ReportedParaphrase paraphrase) {
        if (!context.voices().known() || paraphrase == null) {
            return;
        }
        new SpeakerParaphrases(context, paraphrase).findSpeakerParaphrases();
    }

    private void findSpeakerParaphrases() {
        for (int g = 0; g < versions.size(); g++) {
            if (links.hasParents(g) || !versions.onlyReportedSpeech(g)) {
                continue;
            }
            Set<String> speakers = new HashSet<>();
            for (int p : versions.members(g)) {
                String speaker = voices.speakerOf(graph.passages().get(p));
                if (!speaker.isEmpty()) {
                    speakers.add(speaker);
                }
            }
            if (speakers.isEmpty()) {
                continue;
            }
            Passage rep = versions.representative(g);
            int bestGroup = -1;
            double best = 0;
            for (int member : versions.members(g)) {
                for (int other : graph.neighbours(member)) {
                    int h = versions.groupOf(other);
                    Passage candidate = graph.passages().get(other);
                    if (h == g || candidate.source() != Passage.Source.DIRECT
                            || !voices.sameVoice(speakers, voices.speakerOf(candidate)) || links.partOf(h, g)) {
                        continue;
                    }
                    double score = paraphrase.coverage(rep, candidate);
                    if (score >= SPEAKER_PARAPHRASE_COVERAGE && score > best
                            && paraphrase.matchedWords(rep, candidate) >= MIN_SPEAKER_PARAPHRASE_WORDS) {
                        best = score;
                        bestGroup = h;
                    }
                }
            }
            if (bestGroup >= 0) {
                links.setParents(g, List.of(bestGroup));
            }
        }
    }
}
