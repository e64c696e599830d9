package org.quotetrace.linking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.ledger.LedgerRow;

/**
 * Which speakers of a corpus speak for one another: a person and the body whose name the articles
 * give them by ("Harbour Authority director Ann Lee" ties Ann Lee to the Harbour Authority, "a
 * spokeswoman for the Harbour Authority" ties that spokeswoman to it). Outlets often credit a body
 * with the words of its director or spokesperson ("the authority called for ..."), so the linker
 * treats reported speech credited to either as possibly the other's words.
 *
 * <p>Read from the rows alone: a row's mention ties its speaker to every other speaker of the
 * corpus whose name (at least {@value #MIN_NAME_LENGTH} letters) stands in the mention as whole
 * words. The relation is symmetric.
 */
public final class SpeakerAffiliations {

    /** A body's name must be at least this long to be recognised inside a mention. */
    static final int MIN_NAME_LENGTH = 3;

    /** Names of more words than this are not looked for inside mentions. */
    static final int MAX_NAME_WORDS = 8;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Set<String>> affiliated = new HashMap<>();

    private SpeakerAffiliations() {
    }

    /** The affiliations the mentions of {@code rows} show. */
    public static SpeakerAffiliations of(List<LedgerRow> rows) {
        // names as word sequences; each mention looks up its runs of words, so the cost is linear in the rows
        Map<String, Set<String>> idsByName = new HashMap<>();
        int longest = 0;
        Set<String> named = new HashSet<>();
        for (LedgerRow row : rows) {
            String id = row.speakerId();
            if (!id.equals(Speaker.UNKNOWN.id()) && row.speakerName().length() >= MIN_NAME_LENGTH && named.add(id)) {
                List<String> words = words(row.speakerName());
                if (!words.isEmpty() && words.size() <= MAX_NAME_WORDS) {
                    idsByName.computeIfAbsent(String.join(" ", words), k -> new HashSet<>()).add(id);
                    longest = Math.max(longest, words.size());
                }
            }
        }
        SpeakerAffiliations out = new SpeakerAffiliations();
        Set<String> seen = new HashSet<>();
        for (LedgerRow row : rows) {
            String speaker = row.speakerId();
            String mention = row.speakerMention();
            if (speaker.equals(Speaker.UNKNOWN.id()) || mention.isEmpty() || !seen.add(speaker + "\u0000" + mention)) {
                continue;
            }
            List<String> words = words(mention);
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 1; to <= Math.min(words.size(), from + longest); to++) {
                    for (String other : idsByName.getOrDefault(String.join(" ", words.subList(from, to)), Set.of())) {
                        if (!other.equals(speaker)) {
                            out.tie(speaker, other);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The words (letters and digits) of {@code text}, in order. */
    private static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String word : WORD_BREAK.split(text)) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private void tie(String a, String b) {
        affiliated.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        affiliated.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    /** Whether {@code a} and {@code b} are the same speaker or one speaks for the other. */
    public boolean related(String a, String b) {
        return a.equals(b) || affiliated.getOrDefault(a, Set.of()).contains(b);
    }
}
