package org.plantrack.targetservice.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesBuilderTest {

    private static ActualRow row(String region, String document, int year, String value, String unit) {
        return row(region, null, "gdp", "地区生产总值", document, year, value, unit);
    }

    private static ActualRow row(String region, String code, String catalogueId, String catalogueName, String document,
                                 int year, String value, String unit) {
        Units.Canonical c = Units.canonical(unit);
        String parent = code == null ? null : code.substring(0, 2) + "0000";
        return new ActualRow(region, code, code == null ? null : "city", parent,
                catalogueId, catalogueName, catalogueName, year, document, "…" + value + unit + "。",
                new BigDecimal(value), unit, c.apply(new BigDecimal(value)), c.unit());
    }

    @Test
    void valuesInDifferentUnitsOfOneQuantityFormOneSeriesShownInTheUnitMostSourcesWrote() {
        List<SeriesBuilder.Series> series = SeriesBuilder.build(List.of(row("东湖区", "a", 2021, "410", "亿元"),
                row("东湖区", "b", 2022, "450", "亿元"), row("东湖区", "c", 2022, "4500000", "万元")));
        assertThat(series).hasSize(1);
        SeriesBuilder.Series s = series.get(0);
        assertThat(s.indicator()).isEqualTo(new SeriesBuilder.IndicatorRef("gdp", "地区生产总值", "地区生产总值"));
        assertThat(s.unit()).isEqualTo("亿元");
        assertThat(s.points()).extracting(SeriesBuilder.Point::year).containsExactly(2021, 2022);
        SeriesBuilder.Point p2022 = s.points().get(1);
        assertThat(p2022.value()).isEqualByComparingTo("450");
        assertThat(p2022.conflict()).isFalse();
        assertThat(p2022.sources()).extracting(SeriesBuilder.Source::documentId).containsExactly("b", "c");
        assertThat(p2022.sources().get(1).value()).isEqualByComparingTo("4500000");
    }

    @Test
    void documentsDisagreeingOnAYearMakeAConflictAndTheValueMostSourcesStateWins() {
        SeriesBuilder.Point p = SeriesBuilder.build(List.of(row("东湖区", "a", 2022, "450", "亿元"),
                row("东湖区", "b", 2022, "452", "亿元"), row("东湖区", "c", 2022, "452", "亿元")))
                .get(0).points().get(0);
        assertThat(p.conflict()).isTrue();
        assertThat(p.value()).isEqualByComparingTo("452");
    }

    @Test
    void oneDocumentRepeatingTwoValuesIsNoConflict() {
        SeriesBuilder.Point p = SeriesBuilder.build(List.of(row("东湖区", "a", 2022, "450", "亿元"),
                row("东湖区", "a", 2022, "452", "亿元"))).get(0).points().get(0);
        assertThat(p.conflict()).isFalse();
    }

    @Test
    void regionsAndIncomparableUnitsAreSeparateSeries() {
        List<SeriesBuilder.Series> series = SeriesBuilder.build(List.of(row("东湖区", "a", 2022, "450", "亿元"),
                row("西山区", "a", 2022, "300", "亿元"), row("东湖区", "a", 2022, "6.5", "%")));
        assertThat(series).extracting(SeriesBuilder.Series::region, SeriesBuilder.Series::unit)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("东湖区", "亿元"),
                        org.assertj.core.groups.Tuple.tuple("西山区", "亿元"),
                        org.assertj.core.groups.Tuple.tuple("东湖区", "%"));
    }

    @Test
    void aSeriesCarriesItsRegionsCodeLevelAndParent() {
        SeriesBuilder.Series s = SeriesBuilder.build(List.of(
                row("包头市", "150200", "gdp", "地区生产总值", "a", 2023, "3900", "亿元"))).get(0);
        assertThat(s.regionCode()).isEqualTo("150200");
        assertThat(s.regionLevel()).isEqualTo("city");
        assertThat(s.regionParentCode()).isEqualTo("150000");
    }

    @Test
    void theGrowthRateIsASeriesOfItsOwnLabelledApartFromTheLevel() {
        List<SeriesBuilder.Series> series = SeriesBuilder.build(List.of(
                row("包头市", "150200", "gdp", "地区生产总值", "a", 2023, "3900", "亿元"),
                row("包头市", "150200", "gdp_growth", "地区生产总值增长", "a", 2023, "6.2", "%")));
        assertThat(series).extracting(s -> s.indicator().id(), s -> s.indicator().label(), SeriesBuilder.Series::unit)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("gdp", "地区生产总值", "亿元"),
                        org.assertj.core.groups.Tuple.tuple("gdp_growth", "地区生产总值 · 增速", "%"));
    }
}
