package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Neighbour lists hold the same symmetric relation as sorted sets would. */
class NeighbourListsTest {

    @Test
    void sameAsSortedSetsWithDuplicatesAndReadsBetweenAdds() {
        Random random = new Random(3);
        NeighbourLists lists = new NeighbourLists();
        Map<Integer, TreeSet<Integer>> sets = new HashMap<>();
        for (int step = 0; step < 5000; step++) {
            int a = random.nextInt(300);
            int b = random.nextInt(300);
            lists.link(a, b);
            sets.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            sets.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            if (step % 700 == 0) {
                int id = random.nextInt(300);
                assertThat(lists.of(id)).containsExactlyElementsOf(sets.getOrDefault(id, new TreeSet<>()));
            }
        }
        for (int id = 0; id < 320; id++) {
            assertThat(lists.of(id)).containsExactlyElementsOf(new ArrayList<>(sets.getOrDefault(id, new TreeSet<>())));
        }
        List<Integer> copy = lists.of(5);
        copy.clear();
        assertThat(lists.of(5)).containsExactlyElementsOf(sets.get(5));
    }
}
