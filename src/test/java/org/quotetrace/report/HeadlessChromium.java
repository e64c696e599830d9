package org.quotetrace.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives Debian's Chromium headless from tests: loads a local page, returns the DOM as the browser
 * built it and saves a screenshot. Uses the flags this machine needs (no sandbox as root, no GPU,
 * no background networking, a fresh profile) so Chromium makes no outside connections.
 */
final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** Chromium from {@code QUOTETRACE_CHROMIUM} or the usual install places; empty when there is none. */
    static Optional<HeadlessChromium> find() {
        List<String> places = new ArrayList<>();
        String configured = System.getenv("QUOTETRACE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            places.add(configured);
        }
        places.addAll(CANDIDATES);
        return places.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** Whether tests run under CI, where a missing browser is a failure rather than a skip. */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Loads {@code page}, saves a {@code width} x {@code height} screenshot to {@code png}, returns the rendered DOM. */
    String render(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Path profile = Files.createTempDirectory("quotetrace-chromium-");
        Path dom = Files.createTempFile("quotetrace-dom-", ".html");
        Path log = Files.createTempFile("quotetrace-chromium-", ".log");
        try {
            Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), "--dump-dom",
                    page.toAbsolutePath().toUri().toString())
                    .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("chromium did not finish rendering " + page + " in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue() + ": " + tail(log));
            }
            return Files.readString(dom, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(dom);
            Files.deleteIfExists(log);
            deleteTree(profile);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
