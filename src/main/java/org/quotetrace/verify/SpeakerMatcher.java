package org.quotetrace.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.attribution.Slugs;
import org.quotetrace.index.IndexedSpeaker;
import org.quotetrace.index.KnownSpeakers;

/**
 * Gives the speakers of a new article the ledger's canonical ids: the new entities are
 * canonicalised by the {@link SpeakerRegistry} together with the descriptions the ledger stored,
 * and an entity that joins a known speaker takes that speaker's id and name; one that joins
 * nobody gets a speaker of its own, numbered after the ledger's speakers of the same display-name
 * slug ({@link KnownSpeakers#slugsElsewhere()} counts those left out of the canonicalisation).
 */
public final class SpeakerMatcher {

    private final List<IndexedSpeaker> known;
    private final java.util.function.ToIntFunction<String> slugsElsewhere;

    /** A matcher against all of {@code known}. */
    public SpeakerMatcher(List<IndexedSpeaker> known) {
        this(KnownSpeakers.all(known));
    }

    /** A matcher against the speakers of {@code known} that matter, numbering new speakers after the rest. */
    public SpeakerMatcher(KnownSpeakers known) {
        this.known = known.speakers();
        this.slugsElsewhere = known.slugsElsewhere();
    }

    /** The canonical speaker of each of {@code entities}. */
    public Map<ArticleEntity, Speaker> match(List<ArticleEntity> entities) {
        List<ArticleEntity> all = new ArrayList<>();
        Map<ArticleEntity, IndexedSpeaker> restored = new IdentityHashMap<>();
        for (IndexedSpeaker speaker : known) {
            ArticleEntity entity = ArticleEntity.restore(speaker.description(), 0);
            restored.put(entity, speaker);
            all.add(entity);
        }
        all.addAll(entities);
        Map<ArticleEntity, Speaker> groups = new SpeakerRegistry().canonicalise(all);
        Map<Speaker, Speaker> ledgerSpeaker = new HashMap<>();
        for (ArticleEntity entity : all) {
            IndexedSpeaker speaker = restored.get(entity);
            if (speaker != null) {
                ledgerSpeaker.putIfAbsent(groups.get(entity), new Speaker(speaker.speakerId(), speaker.speakerName()));
            }
        }
        Map<ArticleEntity, Speaker> out = new IdentityHashMap<>();
        for (ArticleEntity entity : entities) {
            Speaker group = groups.get(entity);
            Speaker ledger = ledgerSpeaker.get(group);
            out.put(entity, ledger != null ? ledger : renumbered(group));
        }
        return out;
    }

    /** A new speaker numbered after the speakers of the same slug that the canonicalisation did not see. */
    private Speaker renumbered(Speaker speaker) {
        String slug = Slugs.slug(speaker.name());
        int elsewhere = slugsElsewhere.applyAsInt(slug);
        if (elsewhere == 0) {
            return speaker;
        }
        int n = speaker.id().equals(slug) ? 1 : Integer.parseInt(speaker.id().substring(slug.length() + 1));
        return new Speaker(slug + "-" + (n + elsewhere), speaker.name());
    }
}
