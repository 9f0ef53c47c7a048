package org.plantrack.nlp.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.regions.Region;
import org.plantrack.regions.RegionRegistry;
import org.plantrack.regions.RegionResolver;

/** Which region a clause is about: its opening subject, carried to later clauses; never a place named in passing. */
class ClauseSubjectRegionTest {

    private static final RegionResolver RESOLVER = RegionResolver.standard();
    private static final RegionRegistry REGISTRY = RESOLVER.registry();
    private static final Region SHANXI = REGISTRY.byCode("140000");
    private static final Region TAIYUAN = REGISTRY.byCode("140100");
    private static final ClauseSubjectRegion FINDER = new ClauseSubjectRegion(new RegionAtStart(RESOLVER), REGISTRY);

    private static String regionOf(String sentence, String value, Region document) {
        ClauseSubjectRegion.Found f = FINDER.find(sentence, sentence.indexOf(value), document);
        return f == null ? null : f.region().code();
    }

    @Test
    void theCityOpeningTheClauseAfterQizhongIsTheSubject() {
        String s = "全年全省地区生产总值25698亿元，其中，太原市地区生产总值5573亿元，增长5.6%。";
        assertThat(regionOf(s, "25698", SHANXI)).isEqualTo("140000");
        assertThat(regionOf(s, "5573", SHANXI)).isEqualTo("140100");
        // the clause without a subject of its own belongs to the last one named before it
        assertThat(regionOf(s, "5.6", SHANXI)).isEqualTo("140100");
    }

    @Test
    void quanShengInACityReportIsTheProvinceAndQuanShiTheCity() {
        String s = "全省粮食产量1500万吨，全市粮食产量80万吨。";
        assertThat(regionOf(s, "1500", TAIYUAN)).isEqualTo("140000");
        assertThat(regionOf(s, "80", TAIYUAN)).isEqualTo("140100");
    }

    @Test
    void quanShiInTheReportOfACityOfAnotherLevelIsThatCity() {
        Region linjiang = REGISTRY.byCode("220681"); // a county-level city of 白山市
        assertThat(linjiang.name()).isEqualTo("临江市");
        assertThat(regionOf("2025年全市地区生产总值达到500亿元。", "500", linjiang)).isEqualTo("220681");
        Region beijing = REGISTRY.byCode("110000"); // a province-level city
        assertThat(regionOf("全市常住人口2180万人。", "2180", beijing)).isEqualTo("110000");
        // a county's report: 全市 is the prefecture above it
        Region qingxu = REGISTRY.byCode("140121");
        assertThat(regionOf("全市粮食产量80万吨，全县粮食产量12万吨。", "80", qingxu)).isEqualTo("140100");
        assertThat(regionOf("全市粮食产量80万吨，全县粮食产量12万吨。", "12", qingxu)).isEqualTo("140121");
    }

    @Test
    void aShortCityNameAfterAYearIsTheSubject() {
        assertThat(regionOf("2023年长治地区生产总值2000亿元。", "2000", SHANXI)).isEqualTo("140400");
    }

    @Test
    void aPlaceNamedInPassingIsNotTheSubject() {
        assertThat(regionOf("全年向北京输送电力300亿千瓦时。", "300", SHANXI)).isNull();
        assertThat(regionOf("太原人口达到530万，占全省人口的比重提升到15.2%。", "15.2", TAIYUAN)).isEqualTo("140100");
        assertThat(regionOf("外调电量中，送往河北的电量占40%。", "40", SHANXI)).isNull();
    }

    @Test
    void placesNamedTogetherAreNoSingleSubject() {
        assertThat(regionOf("北京、天津两市共引进项目120个。", "120", SHANXI)).isNull();
        assertThat(regionOf("太原与大同两市新增就业12万人。", "12", SHANXI)).isNull();
    }

    @Test
    void aNameInsideALongerWordIsNoRegion() {
        Region guangdong = REGISTRY.byCode("440000");
        assertThat(regionOf("中山大学附属医院新增床位3000张。", "3000", guangdong)).isNull();
    }

    @Test
    void theFirstCellOfATableRowNamesTheRegionOfItsValues() {
        String row = "大同市 | 1842.5 | 1779.9";
        assertThat(regionOf(row, "1779.9", SHANXI)).isEqualTo("140200");
        // cells of figures alone do not use up the look-back: the fifth year of a row is still the row's city
        String wide = "大同市 | 1842.50 | 1779.90 | 1700.10 | 1600.20 | 1500.30 |";
        assertThat(regionOf(wide, "1500.30", SHANXI)).isEqualTo("140200");
    }

    @Test
    void aSentenceNamingNoRegionLeavesTheDocumentsRegion() {
        assertThat(regionOf("城镇新增就业5.2万人，完成年度目标的104%。", "5.2", SHANXI)).isNull();
    }
}
