package org.quotetrace.index;

import org.quotetrace.attribution.Acronyms;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.quotetrace.attribution.Acronyms;
import org.quotetrace.attribution.ArticleEntity;
import org.quotetrace.attribution.MentionKind;

/**
 * The keys through which one entity can affect another's canonical speaker in
 * {@link org.quotetrace.attribution.SpeakerRegistry}: entity {@code a} can interact with {@code b}
 * only when a key {@code a} holds is one {@code b} looks for, or the other way round. They cover,
 * as a superset, every way the registry relates two entities:
 * <ul>
 * <li>the grouping key itself (people by surname, bodies by name, nominals by description), held
 *     and looked for by every entity;</li>
 * <li>organisations that share a name or alias in any case ({@code c:} plus the name folded the
 *     way {@link String#equalsIgnoreCase} compares);</li>
 * <li>an acronym and the names whose initials spell it ({@code ia:} held by every name and alias
 *     as a possible acronym, {@code in:} held by every name of several words as its initials);</li>
 * <li>a one-word organisation and the people whose surname it is ({@code p:} and {@code o:}).</li>
 * </ul>
 * A key that is held but never looked for (or looked for and never held) links nothing, so two
 * organisations with the same initials are not tied together unless something abbreviates them.
 */
final class SpeakerKeys {

    /** Small words an acronym may skip; must agree with the registry's acronym test. */

    private SpeakerKeys() {
    }

    /** The keys {@code entity} holds. */
    static Set<String> held(ArticleEntity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(groupKey(entity));
        if (entity.kind() == MentionKind.ORGANISATION) {
            for (String name : names(entity)) {
                keys.add("c:" + fold(name));
                keys.add("ia:" + name);
            }
            keys.addAll(initialKeys("in:", entity.name()));
        }
        return keys;
    }

    /** The keys {@code entity} looks for. */
    static Set<String> sought(ArticleEntity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(groupKey(entity));
        if (entity.kind() == MentionKind.ORGANISATION) {
            for (String name : names(entity)) {
                keys.add("c:" + fold(name));
                keys.add("in:" + name);
            }
            keys.addAll(initialKeys("ia:", entity.name()));
            keys.add("p:" + entity.name().toLowerCase(Locale.ROOT));
        } else if (entity.kind() == MentionKind.PERSON) {
            keys.add("o:" + entity.surnameKey());
        }
        return keys;
    }

    /** The registry's grouping key of {@code entity}. */
    static String groupKey(ArticleEntity entity) {
        return switch (entity.kind()) {
            case PERSON -> "p:" + entity.surnameKey();
            case ORGANISATION -> "o:" + entity.name().toLowerCase(Locale.ROOT);
            default -> "n:" + entity.displayName().toLowerCase(Locale.ROOT);
        };
    }

    private static Set<String> names(ArticleEntity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names;
    }

    /** The initials of every word, and of the words that are not small words, of a name of several words. */
    private static Set<String> initialKeys(String prefix, String name) {
        if (!name.contains(" ")) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String initials : Acronyms.initials(name)) {
            keys.add(prefix + initials);
        }
        return keys;
    }

    /**
     * {@code s} with every character folded as {@link String#equalsIgnoreCase} compares it (upper
     * case, then lower case), so two strings equal ignoring case fold to the same string.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return out.toString();
    }
}
