package org.quotetrace.attribution;

import java.util.List;

/**
 * What a mention says about its speaker once read: its kind, the personal or organisation name it
 * contains (empty for nominals and pronouns), the role nouns it contains ("spokesman",
 * "executive director"), the organisation it ties the role to ("Europol"), a gender where the
 * mention shows one (m, f or empty), and other names the mention gives the same body
 * ("IWF" in "the Internet Watch Foundation (IWF)").
 */
public record SpeakerDescription(MentionKind kind, String name, List<String> roles, String organisation, String gender,
                                 List<String> aliases) {
    public SpeakerDescription {
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
    }

    /** A description without aliases. */
    public SpeakerDescription(MentionKind kind, String name, List<String> roles, String organisation, String gender) {
        this(kind, name, roles, organisation, gender, List.of());
    }
}
