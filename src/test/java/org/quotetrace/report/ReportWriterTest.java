package org.quotetrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path out;

    @Test
    void writesEveryPageAndRemovesOnlyStaleSpeakerPages() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixture.build().linkResult(), ReportFixture.build().articles);
        Files.createDirectories(out.resolve("speakers"));
        Files.writeString(out.resolve("speakers/gone.md"), "old");
        Files.writeString(out.resolve("speakers/notes.txt"), "keep");
        Files.writeString(out.resolve("ledger.csv"), "keep");
        List<Path> told = new ArrayList<>();
        new ReportWriter().write(model, out, told::add);

        assertThat(told).hasSize(ReportWriter.fileCount(model));
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("ledger.json")).exists();
        assertThat(out.resolve("speakers/mara-lind.md")).exists();
        assertThat(out.resolve("speakers/mara-lind.html")).exists();
        assertThat(out.resolve("speakers/tomas-berg.html")).exists();
        assertThat(out.resolve("speakers/gone.md")).doesNotExist();
        assertThat(out.resolve("speakers/notes.txt")).exists();
        assertThat(out.resolve("ledger.csv")).hasContent("keep");
    }

    @Test
    void tellsTheListenerOfEveryPageInSpeakerOrder() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixture.build().linkResult(), ReportFixture.build().articles);
        List<String> told = new ArrayList<>();
        new ReportWriter().write(model, out, file -> told.add(out.relativize(file).toString()));

        List<String> expected = new ArrayList<>();
        expected.add("ledger.json");
        for (SpeakerReport speaker : model.speakers()) {
            expected.add("speakers/" + speaker.pageName() + ".md");
            expected.add("speakers/" + speaker.pageName() + ".html");
        }
        expected.add("index.html");
        assertThat(told).containsExactlyElementsOf(expected);
        for (SpeakerReport speaker : model.speakers()) {
            assertThat(out.resolve("speakers/" + speaker.pageName() + ".md")).content()
                    .isEqualTo(new MarkdownRenderer().speakerPage(speaker));
        }
    }

    @Test
    void aPageThatCannotBeWrittenFailsTheWriteWithItsIoError() throws Exception {
        ReportModel model = new ReportBuilder().build(ReportFixture.build().linkResult(), ReportFixture.build().articles);
        Path blocked = out.resolve("speakers/mara-lind.html");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("inside.txt"), "a folder where the page should go");

        assertThatThrownBy(() -> new ReportWriter().write(model, out, file -> { }))
                .isInstanceOf(java.io.IOException.class);
        assertThat(blocked.resolve("inside.txt")).exists();
    }
}
