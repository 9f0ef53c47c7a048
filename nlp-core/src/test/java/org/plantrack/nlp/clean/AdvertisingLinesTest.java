package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class AdvertisingLinesTest {

    private static String reason(String line) {
        return TextCleaner.boilerplateReason(line, new HashSet<>(), true);
    }

    @Test
    void labelledAdsAndLinesOfSalesWordsAreRemovedWithTheirFigures() {
        assertThat(reason("【广告】春季家居节，全场沙发低至6折，满1000元再送200元代金券")).isEqualTo("advertising");
        assertThat(reason("推广：临江壹号院，首付15万起，地铁旁精装两居")).isEqualTo("advertising");
        assertThat(reason("冬季羽绒服限时秒杀，两件包邮，下单立减50元")).isEqualTo("advertising");
        String text = "全年粮食产量达到12万吨。\n【广告】春季家居节，全场沙发低至6折，满1000元再送200元代金券\n新建高标准农田3万亩。\n";
        MappedText out = TextCleaner.removeBoilerplateLines(MappedText.identity(text), new TextCleaner.Log());
        assertThat(out.text()).isEqualTo("全年粮食产量达到12万吨。\n\n新建高标准农田3万亩。\n");
    }

    @Test
    void planSentencesWithOneSalesWordOrAboutPromotionStay() {
        assertThat(reason("落实小微企业税收优惠政策，推动首套住房首付比例下调")).isNull();
        assertThat(reason("推广应用新能源汽车1.2万辆，建成充电桩3000个")).isNull();
        assertThat(reason("12345政务服务热线电话接通率达到98%以上")).isNull();
    }
}
