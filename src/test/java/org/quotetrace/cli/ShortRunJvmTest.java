package org.quotetrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortRunJvmTest {

    private static final Path JAR = Path.of("/opt/qt/quotetrace.jar");
    private static final List<String> ARGS = List.of("verify", "story.txt", "--ledger", "out");

    @Test
    void keepsTheOptionsOfAJarLaunch() {
        List<String> line = List.of("-Xmx2g", "-Dx=y", "-jar", "/opt/qt/../qt/quotetrace.jar", "verify", "story.txt",
                "--ledger", "out");
        assertThat(ShortRunJvm.jvmOptions(line, JAR, ARGS)).containsExactly("-Xmx2g", "-Dx=y");
        assertThat(ShortRunJvm.jvmOptions(List.of("-jar", "/opt/qt/quotetrace.jar", "verify", "story.txt",
                "--ledger", "out"), JAR, ARGS)).isEmpty();
    }

    @Test
    void leavesAloneALaunchItCannotRepeatExactly() {
        // another jar, other arguments, a class-path launch, an argument file, an option with a separate value
        assertThat(ShortRunJvm.jvmOptions(List.of("-jar", "/opt/other.jar", "verify", "story.txt", "--ledger", "out"),
                JAR, ARGS)).isNull();
        assertThat(ShortRunJvm.jvmOptions(List.of("-jar", "/opt/qt/quotetrace.jar", "verify", "other.txt"), JAR, ARGS))
                .isNull();
        assertThat(ShortRunJvm.jvmOptions(List.of("-cp", "/opt/qt/quotetrace.jar", "org.quotetrace.cli.QuotetraceCommand",
                "verify", "story.txt", "--ledger", "out"), JAR, ARGS)).isNull();
        assertThat(ShortRunJvm.jvmOptions(List.of("@opts", "-jar", "/opt/qt/quotetrace.jar", "verify", "story.txt",
                "--ledger", "out"), JAR, ARGS)).isNull();
        assertThat(ShortRunJvm.jvmOptions(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar",
                "/opt/qt/quotetrace.jar", "verify", "story.txt", "--ledger", "out"), JAR, ARGS)).isNull();
    }

    @Test
    void respectsACompilerLevelTheUserChose() {
        for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation")) {
            assertThat(ShortRunJvm.jvmOptions(List.of(chosen, "-jar", "/opt/qt/quotetrace.jar", "verify", "story.txt",
                    "--ledger", "out"), JAR, ARGS)).isNull();
        }
    }

    @Test
    void runsEveryOtherCommandInThisJvm() {
        assertThat(ShortRunJvm.relaunch(new String[] {"build", "--corpus", "seeds"})).isEmpty();
        assertThat(ShortRunJvm.relaunch(new String[0])).isEmpty();
        // under the test runner the classes come from a directory, not a jar
        assertThat(ShortRunJvm.relaunch(ARGS.toArray(String[]::new))).isEmpty();
    }
}
