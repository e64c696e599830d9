package org.quotetrace.corpus;

/**
 * One row of a corpus manifest ({@code file,outlet,url,published,role}).
 */
public record ManifestEntry(String file, String outlet, String url, String published, String role) {
}
