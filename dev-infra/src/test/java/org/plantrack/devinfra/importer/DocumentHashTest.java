package org.plantrack.devinfra.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentHashTest {

    @Test
    void hashIsSha256InLowerCaseHexAsIngestStoresIt() {
        // FIPS 180-2 test vector for "abc"
        assertThat(DocumentHash.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void documentIdIsTheFirst32HexDigitsOfTheHashAsIngestDerivesIt() {
        assertThat(DocumentHash.documentId("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    }

    @Test
    void theIdDependsOnTheBytesNotOnTheText() {
        String text = "到2025年，全市地区生产总值达到1.2万亿元。";
        assertThat(DocumentHash.documentId(text.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(DocumentHash.documentId(text.getBytes(java.nio.charset.Charset.forName("GB18030"))));
    }
}
