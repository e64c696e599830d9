package org.quotetrace.hostile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The HTML scaffolding tells an escaped page from one that would run the article's markup. */
class HostileMarkupTest {

    @Test
    void acceptsEscapedMarkupAndRejectsLiveMarkup() {
        String escaped = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;</p>";
        assertThatCode(() -> HostileMarkup.assertEscaped(escaped)).doesNotThrowAnyException();
        assertThatThrownBy(() -> HostileMarkup.assertEscaped("<p><script>alert(1)</script></p>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HostileMarkup.assertEscaped("<p>\"><img src=x onerror=alert(2)></p>")).isInstanceOf(AssertionError.class);
    }
}
