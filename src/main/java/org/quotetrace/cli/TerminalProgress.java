package org.quotetrace.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.quotetrace.pipeline.BuildProgress;

/**
 * Shows build progress as a bar on stderr (me.tongfei:progressbar). Only used when the build runs
 * on a terminal and is not {@code --quiet}; see {@link #forBuild}.
 */
final class TerminalProgress implements BuildProgress {

    private ProgressBar bar;

    /** A progress bar when {@code interactive} and not {@code quiet}, otherwise silence. */
    static BuildProgress forBuild(boolean quiet, boolean interactive) {
        return quiet || !interactive ? BuildProgress.NONE : new TerminalProgress();
    }

    /** Whether this process talks to a terminal (neither input nor output redirected). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void begin(String task, long total) {
        end();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    }

    @Override
    public void step() {
        ProgressBar current;
        synchronized (this) {
            current = bar;
        }
        if (current != null) {
            current.step();
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
