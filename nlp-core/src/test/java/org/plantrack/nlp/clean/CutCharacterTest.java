package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A character whose last UTF-8 byte was lost, guessed from its first two bytes and what stands before it. */
class CutCharacterTest {

    private static char guess(String lost, String before) {
        byte[] b = lost.getBytes(StandardCharsets.UTF_8);
        return CutCharacter.guess(b[0] & 0xFF, b[1] & 0xFF, before);
    }

    @Test
    void aWordWithTheCharactersBeforeDecides() {
        assertThat(guess("到", "达")).isEqualTo('到');
        // Up to three characters before it: 生产总 + 值.
        assertThat(guess("值", "生产总")).isEqualTo('值');
        // Traditional text is looked up in the Simplified dictionary.
        assertThat(guess("展", "發")).isEqualTo('展');
    }

    @Test
    void afterADigitTheOnlyUnitOfTheBlockIsTaken() {
        // 月 shares its 64 code points with the far more frequent 有, which a plain frequency guess would take.
        assertThat(guess("月", "9")).isEqualTo('月');
        assertThat(guess("年", "21")).isEqualTo('年');
        assertThat(guess("日", "26")).isEqualTo('日');
        // 个 and 万 share a block: two units, no guess.
        assertThat(guess("个", "3")).isEqualTo('\uFFFD');
    }
}
