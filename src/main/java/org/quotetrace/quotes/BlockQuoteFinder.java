package org.quotetrace.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotetrace.story.Paragraph;
import org.quotetrace.story.StoryLayout;
import org.quotetrace.util.ModelResources;

/**
 * Finds block quotes: a body paragraph printed without quotation marks and signed underneath by a
 * byline, a line with a person's name followed by a line with the person's title
 * ("Jane Roe" / "Chief Executive, Harbour Authority"). The whole paragraph is the quote; the name
 * line is its source.
 */
public final class BlockQuoteFinder {

    private static final Pattern NAME_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|den|la|le|du|del|da|di|ter|bin|al)){1,4}");
    private static final int MAX_TITLE_WORDS = 12;

    private final List<String> titleWords;

    public BlockQuoteFinder(List<String> titleWords) {
        this.titleWords = titleWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** A finder that recognises titles by the role nouns in {@code models/role-nouns.txt}. */
    public static BlockQuoteFinder standard() {
        List<String> roles = new ArrayList<>();
        for (String line : ModelResources.lines("role-nouns.txt")) {
            roles.add(line.split("\t", 2)[0].strip());
        }
        return new BlockQuoteFinder(roles);
    }

    /** Block quotes in the body of {@code text}; {@code direct} are the quotes found inside marks. */
    public List<QuoteSpan> find(String text, StoryLayout layout, List<QuoteSpan> direct) {
        List<QuoteSpan> found = new ArrayList<>();
        List<Paragraph> paragraphs = layout.paragraphs();
        for (int i = 0; i + 2 < paragraphs.size(); i++) {
            Paragraph block = paragraphs.get(i);
            Paragraph name = paragraphs.get(i + 1);
            if (!block.body() || name.body() || hasQuote(block, direct)) {
                continue;
            }
            String nameLine = text.substring(name.start(), name.end());
            if (!NAME_LINE.matcher(nameLine).matches() || nameLine.toLowerCase(Locale.ROOT).startsWith("by ")) {
                continue;
            }
            if (!isTitleLine(text.substring(paragraphs.get(i + 2).start(), paragraphs.get(i + 2).end()))) {
                continue;
            }
            found.add(new QuoteSpan(block.start(), block.end(), QuoteKind.DIRECT, null, name.start(), name.end()));
        }
        return found;
    }

    private boolean isTitleLine(String line) {
        String lower = " " + line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        if (line.split("\\s+").length > MAX_TITLE_WORDS || line.strip().matches(".*[.!?]$")) {
            return false;
        }
        for (String title : titleWords) {
            if (lower.contains(" " + title + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(Paragraph paragraph, List<QuoteSpan> direct) {
        for (QuoteSpan quote : direct) {
            if (quote.start() >= paragraph.start() && quote.end() <= paragraph.end()) {
                return true;
            }
        }
        return false;
    }
}
