package org.plantrack.targetservice.region;

import org.junit.jupiter.api.Test;
import org.plantrack.web.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionsTest {

    @Test
    void aShortNameIsStoredUnderTheRegistrysNameAndCode() {
        StoredRegion taiyuan = Regions.of("太原", null, "city");
        assertThat(taiyuan).isEqualTo(new StoredRegion("太原市", "140100", "city", "140000"));
        assertThat(Regions.of("太原市", null, null)).isEqualTo(taiyuan);
        assertThat(taiyuan.keyPart("未知")).isEqualTo("140100");
    }

    @Test
    void theCodeOfTheEventWinsOverItsName() {
        // nlp-service decided between namesakes with the document's context: the code says which 鼓楼区
        StoredRegion gulou = Regions.of("鼓楼区", "350102", "county");
        assertThat(gulou.code()).isEqualTo("350102");
        assertThat(gulou.parentCode()).isEqualTo("350100");
        // a code the registry does not know is no code: the name decides
        assertThat(Regions.of("太原市", "999999", "city").code()).isEqualTo("140100");
    }

    @Test
    void aNameTheRegistryDoesNotResolveStaysAsWrittenWithoutCode() {
        StoredRegion fictional = Regions.of(" 青峰市 ", null, "city");
        assertThat(fictional).isEqualTo(new StoredRegion("青峰市", null, "city", null));
        assertThat(fictional.resolved()).isFalse();
        assertThat(fictional.keyPart("未知")).isEqualTo("青峰市");
        // namesakes without a code: several 鼓楼区 (福州, 南京, 徐州, 开封), nothing says which
        assertThat(Regions.of("鼓楼区", null, "county").resolved()).isFalse();
        assertThat(Regions.of(null, null, "city")).isEqualTo(new StoredRegion(null, null, "city", null));
        assertThat(Regions.of(null, null, null).keyPart("未知")).isEqualTo("未知");
    }

    @Test
    void theNationIsACodeToo() {
        assertThat(Regions.of("全国", null, "national")).isEqualTo(new StoredRegion("全国", "000000", "national", null));
    }

    @Test
    void aQueryCodeMustBeInTheRegistry() {
        assertThat(Regions.known("within", " 140000 ").name()).isEqualTo("山西省");
        assertThatThrownBy(() -> Regions.known("within", "999999")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("within '999999'");
        assertThatThrownBy(() -> Regions.known("within", "太原")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("GB/T 2260");
        assertThat(Regions.parentName("140000")).isEqualTo("山西省");
        assertThat(Regions.parentName(null)).isNull();
    }
}
