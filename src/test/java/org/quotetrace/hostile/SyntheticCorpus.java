package org.quotetrace.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Writes invented news articles with quotes for tests; deterministic for a given seed. */
final class SyntheticCorpus {

    private static final List<String> PEOPLE = List.of("Mara Quell", "Tobias Fenwright", "Ilse Varga", "Dev Okonjo");
    private static final List<String> ROLES = List.of("the harbour master", "a council spokesperson", "the fire chief");
    private static final List<String> CLAUSES = List.of("the ferry will run again by Monday",
            "nobody was hurt in the fire", "we need more pumps on the east pier", "the budget is not enough",
            "the inquiry will report in the spring", "our crews worked through the night");

    private SyntheticCorpus() {
    }

    /** One article with a few direct and reported quotes. */
    static String article(Random random, int index) {
        StringBuilder text = new StringBuilder("Harbour update number " + index + "\n\n");
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
            String clause = CLAUSES.get(random.nextInt(CLAUSES.size()));
            switch (random.nextInt(3)) {
                case 0 -> text.append('“').append(Character.toUpperCase(clause.charAt(0))).append(clause.substring(1))
                        .append(",” said ").append(person).append(", ").append(ROLES.get(random.nextInt(ROLES.size())))
                        .append(".\n\n");
                case 1 -> text.append(person).append(" said that ").append(clause).append(".\n\n");
                default -> text.append("Boats waited outside the harbour for ").append(2 + random.nextInt(9))
                        .append(" hours on day ").append(index).append(".\n\n");
            }
        }
        return text.toString();
    }

    /** Writes {@code count} articles {@code a00000.txt...} into {@code folder}. */
    static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("a%05d.txt", i)), article(random, i), StandardCharsets.UTF_8);
        }
    }
}
