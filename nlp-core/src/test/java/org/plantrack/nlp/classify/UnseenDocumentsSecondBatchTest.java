package org.plantrack.nlp.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second held-out batch of short documents (classify/unseen-documents-2.txt), written after the first one was
 * passing and in other forms: pages reposted by another site, several dates in one document, mid-term
 * assessments, communiqués of last year, work reports of January, speeches with speaker lines, namesake districts,
 * autonomous prefectures and banners, ministries, documents without a region, Traditional script and full-width
 * digits. Scored exactly like {@link UnseenDocumentsTest}.
 */
class UnseenDocumentsSecondBatchTest {

    static List<UnseenDocumentsTest.Case> cases() throws IOException {
        List<UnseenDocumentsTest.Case> cases = UnseenDocumentsTest.read("/classify/unseen-documents-2.txt");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void metadataAsACarefulReaderGivesIt(UnseenDocumentsTest.Case c) {
        UnseenDocumentsTest.assertMetadata(c);
    }
}
