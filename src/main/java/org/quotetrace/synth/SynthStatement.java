package org.quotetrace.synth;

/**
 * One invented statement tracked across articles: the reference wording a speaker used, the same
 * content in reported speech, and a misquoted variant (one or two words changed).
 *
 * @param id       statement id, unique in the corpus (goes into the gold's {@code statements})
 * @param speaker  who made the statement
 * @param direct   the reference wording: one sentence, ending in a full stop
 * @param reported the content in other words, as a clause for reported speech (no final full stop)
 * @param altered  {@link #direct} with words changed, presented as a quote it is a misquote
 */
record SynthStatement(String id, SynthSpeaker speaker, String direct, String reported, String altered) {
}
