package org.plantrack.nlp.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.plantrack.nlp.Indicator;
import org.junit.jupiter.api.Test;

/** Vertical (one cell per line) and transposed tables, written for these tests. */
class TableShapesTest {

    @Test
    void verticalTableOneCellPerLine() {
        String t = "附表：主要指标\n指标\n单位\n2020年\n2025年\n属性\n"
                + "常住人口城镇化率\n%\n58.2\n63\n预期性\n"
                + "万元产值用水量\n立方米\n一\n38\n约束性\n"
                + "以上指标均按现行口径计算。\n";
        List<Indicator> l = TableReaderTest.indicators(t, "2021-03-01");
        assertThat(l).extracting(Indicator::metric).containsExactly("常住人口城镇化率", "常住人口城镇化率", "万元产值用水量");
        assertThat(l.get(0).kind()).isEqualTo("actual");
        assertThat(l.get(1).kind()).isEqualTo("target");
        assertThat(l.get(1).attribute()).isEqualTo(Indicator.ANTICIPATORY);
        assertThat(l.get(2).value()).isEqualByComparingTo("38");
        assertThat(l.get(2).unit()).isEqualTo("立方米");
        assertThat(l.get(2).sentence()).isEqualTo("万元产值用水量 | 立方米 | 38 | 约束性");
    }

    @Test
    void transposedTableNamesIndicatorsAcrossTheFirstRow() {
        String t = "指标 | 地区生产总值(亿元) | 森林覆盖率(%)\n2020年 | 512 | 40.5\n2025年目标值 | 720 | 42\n";
        List<Indicator> l = TableReaderTest.indicators(t, "2021-03-01");
        assertThat(l).hasSize(4);
        assertThat(l).extracting(Indicator::metric).containsExactlyInAnyOrder("地区生产总值", "地区生产总值", "森林覆盖率", "森林覆盖率");
        Indicator target = l.stream().filter(i -> i.value().doubleValue() == 720).findFirst().orElseThrow();
        assertThat(target.kind()).isEqualTo("target");
        assertThat(target.year()).isEqualTo(2025);
        assertThat(target.unit()).isEqualTo("亿元");
        Indicator base = l.stream().filter(i -> i.value().doubleValue() == 40.5).findFirst().orElseThrow();
        assertThat(base.kind()).isEqualTo("actual");
        assertThat(base.unit()).isEqualTo("%");
    }

    @Test
    void proseWithShortLinesIsNotAVerticalTable() {
        String t = "指标\n完成情况良好\n2023年\n全市经济稳中有进。\n";
        assertThat(TableReaderTest.analyze(t, "2024-01-01", "t.txt").structure().tables()).isEmpty();
    }

    @Test
    void tabSeparatedRows() {
        String t = "指标\t单位\t2023年\t2027年目标\n数字经济核心产业增加值\t亿元\t860\t1200\n";
        List<Indicator> l = TableReaderTest.indicators(t, "2024-02-01");
        assertThat(l).hasSize(2);
        assertThat(l.get(1).unit()).isEqualTo("亿元");
        assertThat(l.get(1).kind()).isEqualTo("target");
        assertThat(l.get(1).year()).isEqualTo(2027);
        assertThat(t.substring(l.get(1).start(), l.get(1).end())).isEqualTo("1200");
    }

    @Test
    void spaceAlignedRowsButNotJustifiedProse() {
        String t = "指标名称        单位      2022年     2025年\n"
                + "污水处理率      %         95.1       97\n"
                + "生活垃圾回收率  %         35         40\n";
        List<Indicator> l = TableReaderTest.indicators(t, "2023-01-01");
        assertThat(l).hasSize(4);
        assertThat(l.get(2).metric()).isEqualTo("生活垃圾回收率");
        assertThat(l.get(3).kind()).isEqualTo("target");
        String prose = "全年  粮食产量达到  52万吨，比上年增长2%。\n";
        assertThat(TableReaderTest.indicators(prose, "2023-01-01")).isNotEmpty();
    }
}
