package org.quotetrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an executor returns for one input article: its id, its analysis without annotation
 * ({@link AnalysisBytes}), its passages ({@link PassageBytes}) and the reader's warnings, or the
 * problem that makes it unusable.
 */
final class AnalysedArticle implements Serializable {

    private static final long serialVersionUID = 1L;

    final String id;
    final byte[] analysis;
    final byte[] passages;
    final String problem;
    final ArrayList<String> warnings;

    AnalysedArticle(String id, byte[] analysis, byte[] passages, String problem, List<String> warnings) {
        this.id = id;
        this.analysis = analysis;
        this.passages = passages;
        this.problem = problem;
        this.warnings = new ArrayList<>(warnings);
    }
}
