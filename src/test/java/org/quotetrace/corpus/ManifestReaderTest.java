package org.quotetrace.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path dir;

    private Path manifest(String text) throws IOException {
        Path path = dir.resolve("manifest.csv");
        Files.writeString(path, text);
        return path;
    }

    @Test
    void entryForFindsOneFileAmongMany() throws IOException {
        StringBuilder text = new StringBuilder("file,outlet,url,published,role\n");
        for (int i = 0; i < 500; i++) {
            text.append(String.format("a%03d.txt,Outlet %d,https://example.org/%d,2024-01-02,\n", i, i, i));
        }
        Path path = manifest(text.toString());
        ManifestEntry entry = new ManifestReader().entryFor(path, "a417.txt");
        assertThat(entry).isEqualTo(new ManifestReader().read(path).get("a417.txt"));
        assertThat(entry.outlet()).isEqualTo("Outlet 417");
        assertThat(new ManifestReader().entryFor(path, "missing.txt")).isNull();
    }

    @Test
    void windowsLineEndsAndNonAsciiNamesAreRead() throws IOException {
        Path path = manifest("file,outlet,published\r\nzürich-1.txt,Neue Zeitung,2024-03-01\r\n"
                + "zürich-2.txt,Tages Blatt,2024-03-02\r\n");
        ManifestEntry entry = new ManifestReader().entryFor(path, "zürich-2.txt");
        assertThat(entry.outlet()).isEqualTo("Tages Blatt");
        assertThat(entry.published()).isEqualTo("2024-03-02");
    }

    @Test
    void aFileNameInsideAnotherRowIsNotTakenForItsRow() throws IOException {
        Path path = manifest("file,outlet,url\n"
                + "b.txt,\"Copies of a.txt, Inc\",https://example.org/a.txt\n"
                + "a.txt,The Real Outlet,\n");
        assertThat(new ManifestReader().entryFor(path, "a.txt").outlet()).isEqualTo("The Real Outlet");
    }

    @Test
    void aQuotedFieldOverTwoLinesIsReadWhole() throws IOException {
        Path path = manifest("file,outlet\n"
                + "x.txt,\"The Morning\nPost\"\n"
                + "a.txt,\"The Evening\nStar\"\n");
        assertThat(new ManifestReader().entryFor(path, "a.txt").outlet()).isEqualTo("The Evening\nStar");
    }

    @Test
    void aFileListedTwiceIsAnErrorWithItsManifestLine() throws IOException {
        Path path = manifest("file,outlet\nc.txt,One\nb.txt,Two\na.txt,Three\nb.txt,Four\n");
        assertThatThrownBy(() -> new ManifestReader().entryFor(path, "b.txt"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 5").hasMessageContaining("'b.txt' is listed twice");
    }

    @Test
    void aManifestWithoutAFileColumnIsAnError() throws IOException {
        Path path = manifest("name,outlet\na.txt,One\n");
        assertThatThrownBy(() -> new ManifestReader().entryFor(path, "a.txt"))
                .isInstanceOf(InputException.class).hasMessageContaining("no 'file' column");
    }
}
