package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.regions.RegionResolver;

class RegionClassifierTest {

    private final RegionClassifier classifier = new RegionClassifier(RegionResolver.standard());

    private RegionClassifier.RegionFacts classify(String title, String text) {
        return classifier.classify(title, text, text, null);
    }

    @Test
    void aShortNameGetsTheRegistrysFullNameCodeAndParent() {
        RegionClassifier.RegionFacts r = classify("太原:聚焦发展新蓝图", "太原:聚焦发展新蓝图\n我市加快转型，太原发展迈上新台阶。");
        assertThat(r.name()).isEqualTo("太原市");
        assertThat(r.code()).isEqualTo("140100");
        assertThat(r.level()).isEqualTo("city");
        assertThat(r.parentCode()).isEqualTo("140000");
    }

    @Test
    void anAutonomousCountyIsFoundFromItsShortForm() {
        RegionClassifier.RegionFacts r = classify("巍山县经济运行情况", "巍山县经济运行情况\n全县生产总值增长6%。");
        assertThat(r.name()).isEqualTo("巍山彝族回族自治县");
        assertThat(r.level()).isEqualTo("county");
    }

    @Test
    void aCityDocumentNamingItsProvinceIsAboutTheCity() {
        String text = "新年献词\n市委全会召开。我市落实山西省委部署，全市经济稳中向好，山西经济总量增长，太原加快建设。";
        RegionClassifier.RegionFacts r = classify("新年献词", text);
        assertThat(r.name()).isEqualTo("太原市");
    }

    @Test
    void theLevelIsKeptWhenTheNameIsNot() {
        RegionClassifier.RegionFacts r = classify("在全市规划编制工作会议上的讲话", "在全市规划编制工作会议上的讲话\n今天的会议很重要，我市要抓好落实。");
        assertThat(r.name()).isNull();
        assertThat(r.level()).isEqualTo("city");
    }

    @Test
    void aNameOutsideTheRegistryIsKeptWithoutCode() {
        RegionClassifier.RegionFacts r = classify("青禾县国民经济和社会发展第十四个五年规划纲要", "全县生产总值增长6%。");
        assertThat(r.name()).isEqualTo("青禾县");
        assertThat(r.code()).isNull();
        assertThat(r.level()).isEqualTo("county");
    }

    @Test
    void namesakesTheTextDoesNotDecideStayUnresolvedAndFlagged() {
        // 鼓楼区 is a district of several cities; nothing here names one
        RegionClassifier.RegionFacts r = classify("鼓楼区2023年政府工作报告", "鼓楼区2023年政府工作报告\n各位代表：\n全区经济稳中向好。");
        assertThat(r.name()).isEqualTo("鼓楼区");
        assertThat(r.code()).isNull();
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.level()).isEqualTo("county");
    }

    @Test
    void comparisonsWithTheNationDoNotMakeAProvincialReportNational() {
        String text = "省长在大会上作政府工作报告。湖北粮食产量高于全国平均，工业增速居全国前列、全国第3，湖北工业增加值增长7%。";
        RegionClassifier.RegionFacts r = classify(null, text);
        assertThat(r.name()).isEqualTo("湖北省");
        assertThat(r.code()).isEqualTo("420000");
    }

    @Test
    void anAutonomousPrefectureWrittenWithZhouAloneIsThePrefecture() {
        RegionClassifier.RegionFacts r = classify("大理州上半年经济运行情况", "大理州上半年经济运行情况\n全州地区生产总值增长5%。");
        assertThat(r.name()).isEqualTo("大理白族自治州");
        assertThat(r.level()).isEqualTo("city");
    }

    @Test
    void aTitleOpeningWithADistrictAfterItsCityNamesTheDistrict() {
        RegionClassifier.RegionFacts r = classify("西安市鄠邑区农业农村现代化发展规划（2021—2025年）",
                "西安市鄠邑区农业农村现代化发展规划（2021—2025年）\n一、发展基础\n全区耕地面积50万亩。");
        assertThat(r.name()).isEqualTo("鄠邑区");
        assertThat(r.level()).isEqualTo("county");
        assertThat(r.parentCode()).isEqualTo("610100");
    }

    @Test
    void townsAndVillagesAreNoRegionOfADocument() {
        RegionClassifier.RegionFacts r = classify("名词解释：常住人口城镇化率",
                "名词解释：常住人口城镇化率\n常住人口城镇化率反映人口向城镇聚集的程度。");
        assertThat(r.name()).isNull();
        assertThat(r.level()).isNull();
    }

    @Test
    void aWebsiteNamedAfterALocalGovernmentIsNotTheIssuer() {
        String text = "绵阳市人民政府门户网站\n国家统计局：全国规模以上工业增加值增长5%\n国家统计局今天发布数据，全国规模以上工业增加值同比增长5%。";
        RegionClassifier.RegionFacts r = classify("国家统计局：全国规模以上工业增加值增长5%", text);
        assertThat(r.name()).isEqualTo("全国");
        assertThat(r.level()).isEqualTo("national");
    }

    @Test
    void aPortNamesItsCity() {
        assertThat(RegionNameFinder.withoutPort("钦州港")).isEqualTo("钦州");
        assertThat(RegionNameFinder.withoutPort("香港")).isEqualTo("香港");
    }

    @Test
    void aProvinceShortNameWrittenWithZhouIsThePrefecture() {
        RegionClassifier.RegionFacts r = classify("海南州2023年经济运行情况", "海南州2023年经济运行情况\n全州地区生产总值增长5%。");
        assertThat(r.name()).isEqualTo("海南藏族自治州");
        assertThat(r.level()).isEqualTo("city");
    }

    @Test
    void aTitleOpeningWithOneFullRegistryNameNamesIt() {
        RegionClassifier.RegionFacts r = classify("浏阳市推进花炮产业转型升级实施方案",
                "浏阳市推进花炮产业转型升级实施方案\n为推动我市花炮产业转型升级，制定本方案。");
        assertThat(r.name()).isEqualTo("浏阳市");
        assertThat(r.level()).isEqualTo("county");
        // a name with namesakes (鼓楼区) is left to the text to decide
        RegionClassifier.RegionFacts namesake = classify("鼓楼区推进老旧小区改造实施方案",
                "鼓楼区推进老旧小区改造实施方案\n为推进全区老旧小区改造，制定本方案。");
        assertThat(namesake.code()).isNull();
    }
}
