package org.plantrack.gateway.stream;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.plantrack.web.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamControlTest {

    /** SSE clients saw these comment lines before the messages were typed: the wire must not change. */
    @Test
    void sseCommentsKeepTheirWording() {
        assertThat(SseText.appendComment(new StringBuilder(), new StreamControl.Connected("targets").comment())
                .toString()).isEqualTo(":connected to targets\n\n");
        assertThat(new StreamControl.Gap(42).comment()).isEqualTo("events before id 42 are no longer retained");
        assertThat(new StreamControl.Heartbeat().comment()).isEqualTo("heartbeat");
    }

    @Test
    void webSocketMessagesNameTheirTypeInTheEventField() {
        assertThat(new StreamControl.Connected("indicators").json("indicators"))
                .isEqualTo("{\"stream\":\"indicators\",\"event\":\"connected\"}");
        JsonObject gap = new JsonObject(new StreamControl.Gap(42).json("targets"));
        assertThat(gap.getString("event")).isEqualTo("gap");
        assertThat(gap.getLong("oldestId")).isEqualTo(42L);
        assertThat(gap.getString("detail")).contains("42");
    }

    @Test
    void streamsAreMatchedByWholeNames() {
        assertThat(LiveSocket.streams(null)).containsExactly("indicators", "targets");
        assertThat(LiveSocket.streams(List.of(" targets , indicators"))).containsExactly("indicators", "targets");
        assertThat(LiveSocket.streams(List.of("targets", ""))).containsExactly("targets");
        // before, any value containing "indicators" subscribed to it
        assertThatThrownBy(() -> LiveSocket.streams(List.of("notindicators")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("unknown stream 'notindicators'");
    }
}
