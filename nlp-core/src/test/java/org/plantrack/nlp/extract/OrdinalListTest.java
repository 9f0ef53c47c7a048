package org.plantrack.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Coordinated ordinals sharing 第 and a head. */
class OrdinalListTest {

    @Test
    void eachOrdinalGetsTheSharedPrefixAndHead() {
        assertThat(OrdinalList.expand(new String[] {"全市第一", "二", "三产业增加值"}))
                .containsExactly("全市第一产业增加值", "第二产业增加值", "第三产业增加值");
        assertThat(OrdinalList.expand(new String[] {"第二", "三产业比重"}))
                .containsExactly("第二产业比重", "第三产业比重");
    }

    @Test
    void otherListsStayAsTheyAre() {
        String[] items = {"粮食产量", "油料产量"};
        assertThat(OrdinalList.expand(items)).containsExactly("粮食产量", "油料产量");
        assertThat(OrdinalList.expand(new String[] {"第一产业", "第二产业"})).containsExactly("第一产业", "第二产业");
    }
}
