package org.quotetrace.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.Speaker;
import org.quotetrace.attribution.SpeakerRegistry;
import org.quotetrace.index.IndexedSpeaker;

/**
 * Gives the speakers of a new article the ledger's canonical ids: the new entities are
 * canonicalised by the {@link SpeakerRegistry} together with the descriptions the ledger stored,
 * and an entity that joins a known speaker takes that speaker's id and name; one that joins
 * nobody gets a speaker of its own.
 */
public final class SpeakerMatcher {

    private final List<IndexedSpeaker> known;

    public SpeakerMatcher(List<IndexedSpeaker> known) {
        this.known = List.copyOf(known);
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
            out.put(entity, ledgerSpeaker.getOrDefault(group, group));
        }
        return out;
    }
}
