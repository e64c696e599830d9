package org.quotetrace.nlp;

/**
 * One token with its character offsets into the article text, its Universal Dependencies
 * part-of-speech tag (NOUN, PROPN, VERB, PRON, ...) and its lemma.
 */
public record Token(int start, int end, String text, String pos, String lemma) {

    /** Whether this token is a proper noun. */
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    /** Whether this token is a verb or auxiliary. */
    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    /** The lemma in lower case, falling back to the lower-cased text. */
    public String lowerLemma() {
        String base = lemma == null || lemma.isEmpty() || "O".equals(lemma) ? text : lemma;
        return base.toLowerCase(java.util.Locale.ROOT);
    }
}
