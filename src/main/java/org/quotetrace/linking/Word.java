package org.quotetrace.linking;

/**
 * One word of a passage as the linker compares it.
 *
 * @param form      comparison form ({@link WordForms#normalize}): case, accents and spelling variant folded
 * @param lemma     lower-case lemma in comparison form (the form itself when the tagger gave none)
 * @param content   whether the word carries content (noun, verb, adjective, adverb, number, name)
 * @param bracketed whether the word stands inside parentheses or square brackets in the article
 * @param start     offset of the word in the article text
 * @param end       end offset (exclusive)
 */
public record Word(String form, String lemma, boolean content, boolean bracketed, int start, int end) {
}
