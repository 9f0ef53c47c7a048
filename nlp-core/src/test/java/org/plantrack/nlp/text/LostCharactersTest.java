package org.plantrack.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LostCharactersTest {

    @Test
    void aNameLeavesOutTheCharactersTheDecodingLost() {
        assertThat(LostCharacters.dropFrom("地区生产总\uFFFD")).isEqualTo("地区生产总");
        assertThat(LostCharacters.dropFrom("新建改\uFFFD供热管网")).isEqualTo("新建改供热管网");
        assertThat(LostCharacters.dropFrom("\uFFFD森林覆盖率")).isEqualTo("森林覆盖率");
        String clean = "森林覆盖率";
        assertThat(LostCharacters.dropFrom(clean)).isSameAs(clean);
    }
}
