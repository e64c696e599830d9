package org.quotetrace.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrace.linking.StatementGroups;

/**
 * Regression tests for {@link Verifier#roots}: a group's parent may be numbered after it (a
 * reported rewording made part of a later quote). Resolving roots in group order once threw
 * IndexOutOfBoundsException for such groups and made verify exit 3.
 */
class VerifierRootsTest {

    private static StatementGroups groups(List<List<Integer>> parents) {
        StatementGroups groups = mock(StatementGroups.class);
        when(groups.size()).thenReturn(parents.size());
        for (int g = 0; g < parents.size(); g++) {
            when(groups.parentsOf(g)).thenReturn(parents.get(g));
        }
        return groups;
    }

    @Test
    void parentNumberedAfterItsChildResolvesToTheRoot() {
        // 0 is part of 2, and 2 is part of 1: both resolve to root 1.
        List<List<Integer>> roots = Verifier.roots(groups(List.of(List.of(2), List.of(), List.of(1))));

        assertThat(roots).containsExactly(List.of(1), List.of(1), List.of(1));
    }

    @Test
    void groupWithTwoParentsCarriesEachRootOnceInParentOrder() {
        // 3 is part of both 2 and 0; 2 is part of 0 and 1.
        List<List<Integer>> roots = Verifier.roots(groups(
                List.of(List.of(), List.of(), List.of(1, 0), List.of(2, 0))));

        assertThat(roots.get(2)).containsExactly(1, 0);
        assertThat(roots.get(3)).containsExactly(1, 0);
        assertThat(roots.get(0)).containsExactly(0);
    }
}
