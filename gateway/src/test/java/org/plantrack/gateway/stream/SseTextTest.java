package org.plantrack.gateway.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text the gateway writes must be what Quarkus REST's SseEventSink wrote before (its SseUtil), so clients see
 * no difference: "field:value" without a space, one data line per line break, an empty line after each event.
 */
class SseTextTest {

    @Test
    void anEventIsItsIdNameAndDataLinesThenAnEmptyLine() {
        assertThat(SseText.appendEvent(new StringBuilder(), 42, "indicator", "{\"region\":\"太原市\"}").toString())
                .isEqualTo("id:42\nevent:indicator\ndata:{\"region\":\"太原市\"}\n\n");
    }

    @Test
    void dataWithLineBreaksBecomesOneDataLinePerLine() {
        // \n, \r and \n\r each start a new line; \r\n counts as two breaks, as in Quarkus REST
        assertThat(SseText.appendNamed(new StringBuilder(), "target", "{\n \"a\":1,\r \"b\":2\n\r}\r\n").toString())
                .isEqualTo("event:target\ndata:{\ndata: \"a\":1,\ndata: \"b\":2\ndata:}\ndata:\ndata:\n\n");
    }

    @Test
    void aCommentIsOneLineThenAnEmptyLine() {
        assertThat(SseText.appendComment(new StringBuilder(), "heartbeat").toString()).isEqualTo(":heartbeat\n\n");
        assertThat(SseText.appendComment(new StringBuilder(), "two\nlines").toString()).isEqualTo(":two\n\n");
    }

    @Test
    void eventsOfABatchFollowEachOtherInOneText() {
        StringBuilder text = new StringBuilder();
        SseText.appendEvent(text, 1, "indicator", "{}");
        SseText.appendEvent(text, 2, "indicator", "{}");
        assertThat(text.toString()).isEqualTo("id:1\nevent:indicator\ndata:{}\n\nid:2\nevent:indicator\ndata:{}\n\n");
    }
}
