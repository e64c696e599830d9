package org.quotetrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetrace.pipeline.BuildProgress;

class TerminalProgressTest {

    @Test
    void barOnlyOnATerminalAndNeverWhenQuiet() {
        assertThat(TerminalProgress.forBuild(false, true)).isInstanceOf(TerminalProgress.class);
        assertThat(TerminalProgress.forBuild(true, true)).isSameAs(BuildProgress.NONE);
        assertThat(TerminalProgress.forBuild(false, false)).isSameAs(BuildProgress.NONE);
        assertThat(TerminalProgress.forBuild(true, false)).isSameAs(BuildProgress.NONE);
    }

    @Test
    void testsDoNotRunOnATerminal() {
        assertThat(TerminalProgress.onTerminal()).isFalse();
    }
}
