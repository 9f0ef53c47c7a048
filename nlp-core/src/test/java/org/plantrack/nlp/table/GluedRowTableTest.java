package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.plantrack.nlp.Indicator;
import org.junit.jupiter.api.Test;

/** A PDF table whose rows extraction glued into one line, written for this test. */
class GluedRowTableTest {

    static final String GLUED = "附表 指标名称计量单位2030 年目标值资料来源一、生态环境1 森林覆盖率% ≥ 45市林业局"
            + "2 空气质量优良天数比例% ≥ 90市生态环境局3 人均公园绿地面积平方米≥ 14市住建局"
            + "4 城乡居民收入(2020 年不变价)元翻一番(全市≥ 6万元) 市统计局二、社会民生5 养老保险参保率% ≥97"
            + "医疗保险参保率% ≥976 城镇登记失业率/城镇调查失业率% <4/<5.5 市人社局\n";

    @Test
    void rowsAreSplitAtTheirValues() {
        List<Indicator> l = TableReaderTest.indicators(GLUED, "2026-01-01");
        assertThat(l).extracting(Indicator::metric).containsExactly("森林覆盖率", "空气质量优良天数比例", "人均公园绿地面积",
                "城乡居民收入", "全市城乡居民收入", "养老保险参保率", "医疗保险参保率", "城镇登记失业率", "城镇调查失业率");
        assertThat(l).extracting(Indicator::kind).containsOnly("target");
        assertThat(l).extracting(Indicator::year).containsOnly(2030);
        assertThat(l.get(0).qualifier()).isEqualTo(">=");
        assertThat(l.get(2).unit()).isEqualTo("平方米");
        assertThat(l.get(3).unit()).isEqualTo("番");
        assertThat(l.get(3).change()).isEqualTo("increase");
        assertThat(l.get(4).unit()).isEqualTo("万元");
        assertThat(l.get(4).value()).isEqualByComparingTo("6");
    }

    @Test
    void aRowNumberGluedToTheValueIsCutOff() {
        List<Indicator> l = TableReaderTest.indicators(GLUED, "2026-01-01");
        // "≥976 城镇…" after row 5: the 6 is the next row's number.
        assertThat(l.get(6).value()).isEqualByComparingTo("97");
        assertThat(l.get(7).value()).isEqualByComparingTo("4");
        assertThat(l.get(7).qualifier()).isEqualTo("<=");
        assertThat(l.get(8).value()).isEqualByComparingTo("5.5");
        // 14 in row 3 ends with the next row's number 4, but a source organisation follows it, not a name.
        assertThat(l.get(2).value()).isEqualByComparingTo("14");
    }
}
