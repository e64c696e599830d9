package org.quotetrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quotetrace.quotes.CueLexicon;

/** The compact comparison store gives back exactly the comparisons put into it. */
class ComparisonStoreTest {

    private final PassageBuilder builder = new PassageBuilder(WordForms.standard(), CueLexicon.standard());

    @Test
    void randomComparisonsComeBackEqualInBothDirectionsAndOutsideTheCandidatePairs() {
        Random random = new Random(7);
        int passages = 60;
        NeighbourLists neighbours = new NeighbourLists();
        for (int step = 0; step < 400; step++) {
            neighbours.link(random.nextInt(passages), random.nextInt(passages));
        }
        int[] content = new int[passages];
        for (int id = 0; id < passages; id++) {
            // mostly sentence-sized, a few longer than one long of covered bits
            content[id] = random.nextInt(10) == 0 ? 65 + random.nextInt(30) : random.nextInt(40);
        }
        ComparisonStore store = new ComparisonStore(neighbours, content);
        List<int[]> pairs = new ArrayList<>();
        List<Comparison> put = new ArrayList<>();
        for (int a = 0; a < passages; a++) {
            for (int b = 0; b < passages; b++) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                assertThat(store.get(a, b)).isNull();
                Comparison c = randomComparison(random, content[a], content[b]);
                store.put(a, b, c);
                pairs.add(new int[] {a, b});
                put.add(c);
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            Comparison back = store.get(pairs.get(i)[0], pairs.get(i)[1]);
            assertThat(back).isEqualTo(put.get(i));
            assertThat(Double.doubleToRawLongBits(back.matched())).isEqualTo(Double.doubleToRawLongBits(put.get(i).matched()));
            assertThat(back.similarity()).isEqualTo(put.get(i).similarity());
        }
        // pairs that are no candidates are kept by key; passages of more than 64 content words are kept whole
        assertThat(store.keptByKey()).isPositive().isLessThan(pairs.size());
        assertThat(store.keptWhole()).isPositive().isLessThan(pairs.size());
        assertThat(store.get(passages, 0)).isNull();
    }

    @Test
    void aWeightThatNoSumOfMatchesGivesIsKeptWhole() {
        NeighbourLists neighbours = new NeighbourLists();
        neighbours.link(0, 1);
        ComparisonStore store = new ComparisonStore(neighbours, new int[] {5, 5});
        Comparison odd = new Comparison(false, false, false, 0.3, 5, 5, new BitSet(), 1, false, null);
        store.put(0, 1, odd);
        assertThat(store.get(0, 1)).isEqualTo(odd);
        assertThat(store.keptWhole()).isEqualTo(1);
    }

    @Test
    void aComparisonWithWordsThatSpellOutAnAcronymIsKeptWhole() {
        NeighbourLists neighbours = new NeighbourLists();
        neighbours.link(0, 1);
        ComparisonStore store = new ComparisonStore(neighbours, new int[] {6, 3});
        BitSet spelled = new BitSet();
        spelled.set(1, 5);
        BitSet covered = (BitSet) spelled.clone();
        covered.set(0);
        Comparison acronym = new Comparison(false, false, false, 5, 6, 3, covered, 1, false, spelled);
        store.put(0, 1, acronym);
        assertThat(store.get(0, 1)).isEqualTo(acronym);
        assertThat(store.get(0, 1).distinctWords(covered)).isEqualTo(2);
    }

    @Test
    void realComparisonsWithLooseMatchesComeBackToTheLastBit() {
        PassageComparer comparer = new PassageComparer(WordNetSynonyms.shared());
        List<Passage> passages = List.of(
                passage(0, "The investigation found images so easily created by criminals in many places."),
                passage(1, "An investigative report found images so readily produced by criminal gangs in places."),
                passage(2, "Officials said the new bridge would open to traffic on Monday after years of work."),
                passage(3, "The bridge opens to traffic on Monday, officials said after long years of work."));
        NeighbourLists neighbours = new NeighbourLists();
        neighbours.link(0, 1);
        neighbours.link(2, 3);
        neighbours.link(0, 3);
        int[] content = passages.stream().mapToInt(p -> p.contentWords().size()).toArray();
        ComparisonStore store = new ComparisonStore(neighbours, content);
        for (Passage a : passages) {
            for (Passage b : passages) {
                Comparison c = comparer.compare(a, b);
                store.put(a.id(), b.id(), c);
                assertThat(store.get(a.id(), b.id())).isEqualTo(c);
            }
        }
        Comparison loose = comparer.compare(passages.get(0), passages.get(1));
        assertThat(loose.matched() % 1).isNotZero();
        // the candidate pairs (both directions) are in slots; the others are kept by key
        assertThat(store.keptByKey()).isEqualTo(16 - 6);
        assertThat(store.keptWhole()).isZero();
    }

    @Test
    void theTableOfOtherPairsFindsEveryKeyAfterGrowing() {
        ComparisonStore.OtherPairs table = new ComparisonStore.OtherPairs();
        Random random = new Random(11);
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(1 << 20) * 1_000_003L + random.nextInt(1000);
            keys.add(key);
            table.put(key, ComparisonStore.PRESENT | i, ~(long) i);
        }
        for (int i = 0; i < keys.size(); i++) {
            int at = table.find(keys.get(i));
            assertThat(at).isNotNegative();
            // a key put twice keeps the later value
            int last = keys.lastIndexOf(keys.get(i));
            assertThat(table.packed[at]).isEqualTo(ComparisonStore.PRESENT | last);
            assertThat(table.covered[at]).isEqualTo(~(long) last);
        }
        assertThat(table.size).isEqualTo((int) keys.stream().distinct().count());
        assertThat(table.find(-5)).isEqualTo(-1);
    }

    /** A comparison whose weight is summed as {@link PassageComparer} sums it: whole matches, then loose ones. */
    private static Comparison randomComparison(Random random, int contentA, int contentB) {
        int loose = contentA == 0 ? 0 : random.nextInt(contentA + 1);
        int whole = random.nextInt(10) == 0 ? 250 + random.nextInt(20) : random.nextInt(contentB + 3);
        double matched = whole;
        for (int i = 0; i < loose; i++) {
            matched += PassageComparer.LOOSE_WEIGHT;
        }
        BitSet covered = new BitSet();
        for (int i = 0; i < contentA; i++) {
            if (random.nextBoolean()) {
                covered.set(i);
            }
        }
        // now and then a run too long for the slot's byte
        int run = random.nextInt(20) == 0 ? 256 + random.nextInt(100) : random.nextInt(30);
        // now and then some words of a spell out an acronym of b
        BitSet spelledOut = null;
        if (contentA >= 3 && random.nextInt(15) == 0) {
            spelledOut = new BitSet();
            spelledOut.set(0, 3);
        }
        return new Comparison(random.nextInt(8) == 0, random.nextBoolean(), random.nextBoolean(), matched, contentA,
                contentB, covered, run, random.nextBoolean(), spelledOut);
    }

    private Passage passage(int id, String text) {
        return new Passage(id, "a" + id + ".txt", text, 0, text.length(), Passage.Source.DIRECT, -1,
                builder.words(text, 0, text.length(), new TreeMap<>()), false);
    }
}
