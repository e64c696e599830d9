package org.quotetrace.attribution;

import java.util.List;

/**
 * What a mention says about its speaker once read: its kind, the personal or organisation name it
 * contains (empty for nominals and pronouns), the role nouns it contains ("spokesman",
 * "executive director"), the organisation it ties the role to ("Europol"), and a gender where the
 * mention shows one (m, f or empty).
 */
public record SpeakerDescription(MentionKind kind, String name, List<String> roles, String organisation, String gender) {
    public SpeakerDescription {
        roles = List.copyOf(roles);
    }
}
