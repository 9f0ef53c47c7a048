package org.plantrack.nlp.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one Han-character test of nlp-core, and that nothing in nlp-core asks the question another way. */
class CjkCharsTest {

    @Test
    void unifiedIdeographsExtensionACompatibilityIdeographsAndTheIdeographicZeroAreHan() {
        assertThat(CjkChars.isHan('规')).isTrue();
        assertThat(CjkChars.isHan('劃')).isTrue(); // Traditional: Han all the same
        assertThat(CjkChars.isHan('\u3400')).isTrue(); // 㐀, Extension A
        assertThat(CjkChars.isHan('\uFA11')).isTrue(); // 﨑, a compatibility ideograph
        assertThat(CjkChars.isHan('〇')).isTrue(); // 二〇二五年
        assertThat(CjkChars.isExtensionA('\u3400')).isTrue();
        assertThat(CjkChars.isExtensionA('规')).isFalse();
    }

    @Test
    void radicalsIterationMarksPunctuationKanaAndLatinAreNot() {
        for (char c : "\u2F00\u2E80々〆。，、（）【】ぁアＡa1２".toCharArray()) {
            assertThat(CjkChars.isHan(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(CjkChars.hasHan("GDP（%）")).isFalse();
        assertThat(CjkChars.hasHan("GDP增速")).isTrue();
        assertThat(CjkChars.allHan("地区生产总值")).isTrue();
        assertThat(CjkChars.allHan("地区GDP")).isFalse();
    }

    @Test
    void theRegularExpressionClassAndTheTestAgreeOnEveryCharacter() {
        Pattern han = Pattern.compile("[" + CjkChars.HAN_CLASS + "]");
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            boolean matches = han.matcher(String.valueOf((char) c)).matches();
            if (matches != CjkChars.isHan((char) c)) {
                throw new AssertionError(String.format("U+%04X: HAN_CLASS %s, isHan %s", c, matches, !matches));
            }
        }
    }

    @Test
    void noOtherClassOfNlpCoreDefinesWhatAHanCharacterIs() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        Pattern otherTests = Pattern.compile("UnicodeScript\\.HAN|\\\\p\\{IsHan}|\\\\p\\{script=Han}|\\\\u4[eE]00-");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("CjkChars.java"))
                    .filter(p -> {
                        try {
                            return otherTests.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(p -> main.relativize(p).toString()).toList();
            assertThat(offenders).as("classes testing for Han characters without CjkChars").isEmpty();
        }
    }
}
