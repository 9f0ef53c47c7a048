package org.plantrack.nlp.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plantrack.nlp.text.MappedText;

class LeftoverEntitiesTest {

    @Test
    void entitiesLeftInAPlainTextAreDecodedAndMapped() {
        String text = "&nbsp;&nbsp;围绕&ldquo;十五五&rdquo;规划，农业&#12289;工业&amp;服务业协调发展&mdash;&mdash;增长6&#37;。";
        TextCleaner.Log log = new TextCleaner.Log();
        MappedText out = LeftoverEntities.decode(MappedText.identity(text), log);
        assertThat(out.text()).isEqualTo("\u00A0\u00A0围绕“十五五”规划，农业、工业&服务业协调发展——增长6%。");
        assertThat(out.originOf(out.text().indexOf('%'))).isEqualTo(text.indexOf("&#37;"));
        assertThat(log.notes).anyMatch(n -> n.contains("HTML entities"));
    }

    @Test
    void ampersandsThatAreNoEntitiesStay() {
        String text = "AT&T与R&D投入，&c，&foo;未知，&amp少分号。";
        MappedText in = MappedText.identity(text);
        assertThat(LeftoverEntities.decode(in, new TextCleaner.Log())).isSameAs(in);
    }
}
