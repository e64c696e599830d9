package org.quotetrace.synth;

import java.util.List;

/**
 * One generated article with its manifest entry and gold annotation.
 *
 * @param file      file name, also the article id
 * @param outlet    outlet name for the manifest
 * @param url       URL for the manifest, may be empty
 * @param published publication date or date-time for the manifest, may be empty
 * @param role      {@code article} or {@code source} (a press release)
 * @param text      the article text
 * @param quotes    the gold quotes, in text order
 * @param voxPops   people quoted only in this article (their quotes carry no tracked statement)
 */
record SynthArticle(String file, String outlet, String url, String published, String role, String text,
                    List<GoldQuote> quotes, List<SynthSpeaker> voxPops) {
    SynthArticle {
        quotes = List.copyOf(quotes);
        voxPops = List.copyOf(voxPops);
    }
}
