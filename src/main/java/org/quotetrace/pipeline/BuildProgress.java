package org.quotetrace.pipeline;

/**
 * Hears how far a build has got, one task at a time (analysing articles, writing reports), so a
 * front end can show a progress bar. Steps may be reported from several threads at once.
 */
public interface BuildProgress {

    /** Progress that goes nowhere. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void begin(String task, long total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void end() {
        }
    };

    /** A task of {@code total} steps starts. */
    void begin(String task, long total);

    /** One step of the current task is done. */
    void step();

    /** The current task is finished. */
    void end();
}
