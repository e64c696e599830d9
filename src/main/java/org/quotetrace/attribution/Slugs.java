package org.quotetrace.attribution;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL- and file-safe identifiers from names: "Catherine De Bolle" becomes {@code catherine-de-bolle}. */
public final class Slugs {

    private Slugs() {
    }

    /** The slug of {@code name}; {@code unknown} when nothing is left. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "unknown" : slug;
    }
}
