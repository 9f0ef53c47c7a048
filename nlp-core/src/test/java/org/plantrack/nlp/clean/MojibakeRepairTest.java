package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class MojibakeRepairTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String TEXT = "到2025年，全市地区生产总值达到5000亿元，年均增长6.5%左右。\n"
            + "城镇居民人均可支配收入年均增长7%，新增城镇就业人数累计达到15万人，森林覆盖率保持在60%以上。\n";

    @Test
    void utf8TextThatWasDecodedAsGbkIsDecodedAgain() {
        String garbled = new String(TEXT.getBytes(StandardCharsets.UTF_8), GBK);
        assertThat(garbled).doesNotContain("地区生产总值");
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText in = MappedText.identity(garbled);
        MappedText out = MojibakeRepair.repair(in, log);
        assertThat(out.text()).contains("全市地区生产总", "5000亿元，年均增", "城镇居民人均可支配收入年均增", "新增城镇就业人数累计达", "15万人");
        assertThat(log.notes).anyMatch(n -> n.startsWith("repaired mojibake"));
        // Every repaired character points at the garbled character its bytes began in.
        int at = out.text().indexOf("5000");
        assertThat(garbled.substring(out.originOf(at), out.originOf(at) + 4)).isEqualTo("5000");
    }

    @Test
    void aCharacterCutBeforeItsLastByteIsRestoredWhenOneCandidateAloneMakesAWord() {
        // 9 Chinese characters are 27 bytes: the odd last byte (of 到) meets an ASCII digit and is dropped.
        String text = "森林覆盖率将要达到24.1%，湿地保护率达到55%，全市建成区绿地率达到百分之四十以上，各项指标全面完成。";
        String garbled = new String(text.getBytes(StandardCharsets.UTF_8), GBK);
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText out = MojibakeRepair.repair(MappedText.identity(garbled), log);
        assertThat(out.text()).startsWith("森林覆盖率将要达到24.1%，湿地保护率达到55%，全市建成区绿地率达到百分之四十以上");
        assertThat(log.notes).anyMatch(n -> n.startsWith("restored "));
        assertThat(CutCharacter.guess(0xE5, 0x88, "达")).isEqualTo('到');
        // Without a character before it nothing decides among the 64.
        assertThat(CutCharacter.guess(0xE5, 0x88, "")).isEqualTo('\uFFFD');
    }

    @Test
    void realChineseTextIsNeverReDecoded() {
        MappedText in = MappedText.identity(TEXT);
        assertThat(MojibakeRepair.repair(in, new TextCleaner.Log())).isSameAs(in);
        String traditional = "到2025年，全市地區生產總值達到5000億元，年均增長6.5%左右，城鎮居民人均可支配收入年均增長7%。";
        MappedText trad = MappedText.identity(traditional);
        assertThat(MojibakeRepair.repair(trad, new TextCleaner.Log())).isSameAs(trad);
    }
}
