package org.quotetrace.verify;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrace.linking.WordForms;

/**
 * A word-level diff of an occurrence against a reference wording, for showing a misquote: words
 * are compared in the linker's comparison forms ({@link WordForms}: case, accents and spelling
 * variants do not count), and shown as written.
 */
public final class WordDiffer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private final WordForms forms;

    public WordDiffer(WordForms forms) {
        this.forms = forms;
    }

    /** The steps from {@code reference} to {@code occurrence}; adjacent steps of one kind are merged. */
    public List<DiffOp> diff(String reference, String occurrence) {
        List<String> refWords = words(reference);
        List<String> occWords = words(occurrence);
        List<String> refForms = refWords.stream().map(forms::normalize).toList();
        List<String> occForms = occWords.stream().map(forms::normalize).toList();
        List<DiffOp> out = new ArrayList<>();
        int ref = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(refForms, occForms).getDeltas()) {
            int refPos = delta.getSource().getPosition();
            add(out, DiffOp.EQUAL, refWords.subList(ref, refPos));
            add(out, DiffOp.DELETE, refWords.subList(refPos, refPos + delta.getSource().size()));
            int occPos = delta.getTarget().getPosition();
            add(out, DiffOp.INSERT, occWords.subList(occPos, occPos + delta.getTarget().size()));
            ref = refPos + delta.getSource().size();
        }
        add(out, DiffOp.EQUAL, refWords.subList(ref, refWords.size()));
        return out;
    }

    private static void add(List<DiffOp> out, String op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        if (!out.isEmpty() && out.get(out.size() - 1).op().equals(op)) {
            text = out.remove(out.size() - 1).text() + " " + text;
        }
        out.add(new DiffOp(op, text));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
