package org.quotetrace.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One person or body as one article refers to it, collected from all its mentions there: the
 * fullest name seen, other names of the same body ("IWF"), the roles and organisation it was
 * given, and its gender where known. Mutable while the article is read; {@link SpeakerRegistry}
 * later maps it to a canonical {@link Speaker}.
 */
public final class ArticleEntity {

    private MentionKind kind;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private String organisation;
    private String gender;
    private int lastSeen;
    private final int firstSeen;

    ArticleEntity(SpeakerDescription description, int position) {
        this.kind = description.kind();
        this.name = description.name();
        this.aliases.addAll(description.aliases());
        this.roles.addAll(description.roles());
        this.organisation = description.organisation();
        this.gender = description.gender();
        this.lastSeen = position;
        this.firstSeen = position;
    }

    /**
     * An entity restored from a saved {@link #describe()} snapshot (for the ledger's persisted
     * analyses): the same kind, name, aliases, roles, organisation, gender and last position.
     */
    public static ArticleEntity restore(SpeakerDescription description, int lastSeen) {
        return new ArticleEntity(description, lastSeen);
    }

    /** A snapshot of everything known about this entity, from which {@link #restore} rebuilds it. */
    public SpeakerDescription describe() {
        return new SpeakerDescription(kind, name, List.copyOf(roles), organisation, gender, List.copyOf(aliases));
    }

    /** Folds another description of the same entity into this one. */
    void absorb(SpeakerDescription description, int position) {
        if (description.kind() == MentionKind.PERSON && (kind != MentionKind.PERSON || description.name().length() > name.length())) {
            kind = MentionKind.PERSON;
            name = description.name();
        } else if (description.kind() == MentionKind.ORGANISATION && kind == MentionKind.ORGANISATION
                && !description.name().equalsIgnoreCase(name)) {
            aliases.add(description.name());
        }
        aliases.addAll(description.aliases());
        aliases.remove(name);
        roles.addAll(description.roles());
        if (organisation.isEmpty()) {
            organisation = description.organisation();
        }
        if (gender.isEmpty()) {
            gender = description.gender();
        }
        lastSeen = Math.max(lastSeen, position);
    }

    /** Folds everything known about {@code other} (the same person, described by role only) into this one. */
    void absorb(ArticleEntity other) {
        roles.addAll(other.roles);
        if (organisation.isEmpty()) {
            organisation = other.organisation;
        }
        if (gender.isEmpty()) {
            gender = other.gender;
        }
        lastSeen = Math.max(lastSeen, other.lastSeen);
    }

    void seen(int position) {
        lastSeen = Math.max(lastSeen, position);
    }

    /** The kind of the fullest mention: person, organisation or nominal. */
    public MentionKind kind() {
        return kind;
    }

    /** The fullest name seen, empty for a nominal-only entity. */
    public String name() {
        return name;
    }

    /** Other names of the same body in this article ("IWF" for "Internet Watch Foundation"). */
    public Set<String> aliases() {
        return aliases;
    }

    /** Whether {@code other} (any case) is this entity's name or one of its aliases. */
    public boolean isCalled(String other) {
        if (name.equalsIgnoreCase(other)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(other)) {
                return true;
            }
        }
        return false;
    }

    /** Role nouns the article gave this entity. */
    public Set<String> roles() {
        return roles;
    }

    /** The organisation the entity was tied to, empty when none. */
    public String organisation() {
        return organisation;
    }

    /** m, f or empty. */
    public String gender() {
        return gender;
    }

    /** Offset of the mention that introduced this entity. */
    public int firstSeen() {
        return firstSeen;
    }

    /** Offset of the last mention. */
    public int lastSeen() {
        return lastSeen;
    }

    /** The surname (last name word, with particles such as "De" or "van"), lower case; empty if not a person. */
    public String surnameKey() {
        return kind == MentionKind.PERSON ? Names.surname(name).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * A display name: the name; for a nominal "Organisation role" ("Europol spokesperson"), or the
     * role alone ("Officials").
     */
    public String displayName() {
        if (!name.isEmpty()) {
            return name;
        }
        String role = roles.isEmpty() ? "unknown" : Names.neutralRole(roles.iterator().next());
        return organisation.isEmpty() ? Names.capitalise(role) : organisation + " " + role;
    }
}
