package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plantrack.nlp.AnalysisHints;
import org.plantrack.nlp.Classification;
import org.plantrack.nlp.DocumentAnalyzer;

class DocumentClassifierTest {

    private static Classification classify(String text) {
        return DocumentAnalyzer.standard().analyze(text.getBytes(StandardCharsets.UTF_8), "c.txt", AnalysisHints.none())
                .classification();
    }

    @Test
    void governmentWorkReportOfACounty() {
        Classification c = classify("政府工作报告\n——2023年1月10日在上杭县第十七届人民代表大会第二次会议上\n各位代表：\n"
                + "现在，我代表上杭县人民政府，向大会报告政府工作。\n一、2022年工作回顾\n全县地区生产总值增长6%。\n");
        assertThat(c.genre()).isEqualTo("government_work_report");
        assertThat(c.region()).isEqualTo("上杭县");
        assertThat(c.regionLevel()).isEqualTo("county");
        assertThat(c.documentDate()).isEqualTo("2023-01-10");
    }

    @Test
    void aTitleOpeningWithARegionNameAndAGenreNamesTheRegionEvenOutsideTheGazetteer() {
        Classification c = classify("江北市2024年政府工作报告\n各位代表：\n过去一年，全市经济稳中向好。\n");
        assertThat(c.region()).isEqualTo("江北市");
        assertThat(c.regionLevel()).isEqualTo("city");
        c = classify("青禾县国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n全县地区生产总值增长6%。\n");
        assertThat(c.region()).isEqualTo("青禾县");
        assertThat(c.regionLevel()).isEqualTo("county");
        c = classify("云岭省2023年国民经济和社会发展统计公报\n全省地区生产总值增长5%。\n");
        assertThat(c.region()).isEqualTo("云岭省");
        assertThat(c.regionLevel()).isEqualTo("province");
    }

    @Test
    void aPersonOrAVerbBeforeTheSuffixIsNotARegion() {
        assertThat(classify("王伟中作省政府工作报告\n报告回顾了过去一年的工作。\n").region()).isNotEqualTo("王伟中作省");
        assertThat(classify("我们在市政府工作报告中看到\n报告回顾了过去一年的工作。\n").region()).isNull();
        assertThat(classify("全面学习市政府工作报告\n报告回顾了过去一年的工作。\n").region()).isNull();
    }

    @Test
    void planProposalWithPeriodAndIssuer() {
        Classification c = classify("中共温州市鹿城区委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n"
                + "一、“十四五”时期的发展环境\n“十四五”时期是重要的战略机遇期。\n");
        assertThat(c.genre()).isEqualTo("plan_proposal");
        assertThat(c.planPeriod()).isEqualTo("十四五");
        // the registry's standard name; the parent prefix of the issuer (中共温州市鹿城区委) picks the right 鹿城区
        assertThat(c.region()).isEqualTo("鹿城区");
        assertThat(c.regionLevel()).isEqualTo("county");
        assertThat(c.regionCode()).isEqualTo("330302");
        assertThat(c.regionParent()).isEqualTo("330300");
    }

    @Test
    void newsWithDatelineIsAboutTheNationNotTheCity() {
        Classification c = classify("林草发展规划发布\n本报北京8月20日电（记者张三）国家林草局发布规划，到2025年森林覆盖率达到24.1%。\n");
        assertThat(c.genre()).isEqualTo("news");
        assertThat(c.region()).isEqualTo("全国");
        assertThat(c.regionLevel()).isEqualTo("national");
    }

    @Test
    void speechAndPartyCongressReport() {
        assertThat(classify("在全市经济工作会议上的讲话\n同志们：\n今年全市经济稳中有进。\n").genre()).isEqualTo("speech");
        Classification c = classify("奋力谱写新篇章——在中国共产党陵川县第十三次代表大会上的报告（2021年3月29日）\n同志们：\n");
        assertThat(c.genre()).isEqualTo("party_congress_report");
        assertThat(c.region()).isEqualTo("陵川县");
        assertThat(c.documentDate()).isEqualTo("2021-03-29");
    }

    @Test
    void provinceAndDateFromTodayPhrase() {
        Classification c = classify("广东省政府工作报告要点\n广东省省长作报告时表示，今年（2024年）全省地区生产总值预期增长5%。\n");
        assertThat(c.region()).isEqualTo("广东省");
        assertThat(c.regionLevel()).isEqualTo("province");
        assertThat(c.documentDate()).isEqualTo("2024");
    }

    @Test
    void nationalDocumentsAreNotAboutTheCityWhereTheyWereIssued() {
        for (String text : new String[] {
            "国家林业和草原局印发规划\n北京召开发布会，国家林业和草原局有关负责人介绍，到2025年森林覆盖率达到24.1%。\n",
            "林草规划发布\n北京8月20日讯 国家林业和草原局有关负责人在北京介绍，到2025年森林覆盖率达到24.1%。\n",
            "林草规划发布\n新华社北京8月20日电 国务院新闻办公室举行发布会，国家林业和草原局副局长在北京表示，全国森林覆盖率达到24.1%。\n"}) {
            Classification c = classify(text);
            assertThat(c.region()).as(text).isEqualTo("全国");
            assertThat(c.regionLevel()).as(text).isEqualTo("national");
        }
    }

    @Test
    void aComparisonWithTheNationDoesNotMakeALocalSpeechNational() {
        Classification c = classify("在区委全会上的讲话\n同志们：\n今年以来，全区经济运行平稳，地区生产总值增长6%，高于全国1个百分点，全区就业稳定。\n");
        assertThat(c.regionLevel()).isNotEqualTo("national");
    }

    @Test
    void shortNamesGetTheSuffixOfTheirKindOfRegion() {
        // Only provinces take 省: municipalities are 市, autonomous regions have their full names.
        Classification c = classify("重庆经济运行情况\n重庆全市地区生产总值增长6%，重庆各区县稳步发展。\n");
        assertThat(c.region()).isEqualTo("重庆市");
        assertThat(c.regionLevel()).isEqualTo("province");
        c = classify("北京推进城市更新\n北京全市完成老旧小区改造300个，北京各区加快推进。\n");
        assertThat(c.region()).isEqualTo("北京市");
        c = classify("宁夏推进生态保护\n宁夏全区森林覆盖率达到20%，宁夏各地加快造林。\n");
        assertThat(c.region()).isEqualTo("宁夏回族自治区");
        assertThat(c.regionLevel()).isEqualTo("province");
        c = classify("广西加快港口建设\n广西全区港口吞吐量增长8%，广西北部湾港建设提速。\n");
        assertThat(c.region()).isEqualTo("广西壮族自治区");
        c = classify("河南粮食生产\n河南全省粮食产量达到1300亿斤，河南各地夏粮丰收。\n");
        assertThat(c.region()).isEqualTo("河南省");
    }

    @Test
    void thePeoplesCongressThatHearsAReportNamesItsRegion() {
        Classification c = classify("政府工作报告\n——2022年1月6日在重庆市江津区第十八届人民代表大会第一次会议上\n各位代表：\n"
                + "现在，我代表区人民政府，向大会报告政府工作。\n");
        assertThat(c.region()).isEqualTo("江津区");
        assertThat(c.regionLevel()).isEqualTo("county");
        assertThat(c.documentDate()).isEqualTo("2022-01-06");
    }

    @Test
    void leaguesAndBannersAreRegionsOfTheirLevel() {
        Classification c = classify("锡林郭勒盟2023年国民经济和社会发展统计公报\n一、综合\n全盟地区生产总值增长6%。\n");
        assertThat(c.region()).isEqualTo("锡林郭勒盟");
        assertThat(c.regionLevel()).isEqualTo("city");
        c = classify("中共准格尔旗委关于制定国民经济和社会发展第十四个五年规划的建议\n全旗经济稳中有进。\n");
        assertThat(c.region()).isEqualTo("准格尔旗");
        assertThat(c.regionLevel()).isEqualTo("county");
    }

    @Test
    void aSourceLineNamesTheRegionOfATextThatSaysOnlyOurCity() {
        Classification c = classify("新增城镇就业5万人\n来源：宜宾市人民政府 发布时间：2023-07-12\n"
                + "记者从市人社局获悉，今年以来，我市新增城镇就业5万人，全市就业形势稳定。\n");
        assertThat(c.region()).isEqualTo("宜宾市");
        assertThat(c.regionLevel()).isEqualTo("city");
        // a source of another level is only the site that published the page
        c = classify("新增城镇就业5万人\n来源：四川省人民政府\n记者获悉，今年以来，我市新增城镇就业5万人，全市就业形势稳定。\n");
        assertThat(c.region()).isNull();
        assertThat(c.regionLevel()).isEqualTo("city");
    }

    @Test
    void thePeoplesRepublicIsTheNation() {
        Classification c = classify("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
                + "（2021年3月11日第十三届全国人民代表大会第四次会议批准）\n第一章 发展环境\n我国经济实力跃上新的台阶。\n");
        assertThat(c.region()).isEqualTo("全国");
        assertThat(c.regionLevel()).isEqualTo("national");
        assertThat(c.documentDate()).isEqualTo("2021-03-11");
    }

    @Test
    void autonomousUnitsAreReadWithTheirPeoplesAndScopeWordsAreNoPlaces() {
        Classification c = classify("黔东南苗族侗族自治州国民经济和社会发展第十四个五年规划纲要\n第一章 发展基础\n"
                + "“十三五”时期，全州地区生产总值年均增长8%。\n");
        assertThat(c.region()).isEqualTo("黔东南苗族侗族自治州");
        assertThat(c.regionLevel()).isEqualTo("city");
        c = classify("新疆维吾尔自治区2023年国民经济和社会发展统计公报\n一、综合\n全区地区生产总值增长6.8%。\n");
        assertThat(c.region()).isEqualTo("新疆维吾尔自治区");
        assertThat(c.regionLevel()).isEqualTo("province");
        // 全州 is the prefecture's own scope, not the county 全州县
        c = classify("在全州经济工作会议上的讲话\n同志们：\n过去一年，全州经济稳中有进。\n");
        assertThat(c.region()).isNull();
        assertThat(c.regionLevel()).isEqualTo("city");
    }
}
