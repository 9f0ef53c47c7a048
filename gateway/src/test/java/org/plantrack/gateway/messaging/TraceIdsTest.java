package org.plantrack.gateway.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace id spliced into event text: first field, the rest untouched, nothing done to text that is no object. */
class TraceIdsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theTraceIdBecomesTheFirstFieldAndTheRestStaysAsPublished() {
        String event = "{\"region\":\"太原市\",\"value\":1.50}";

        assertThat(TraceIds.addTo(event, TRACE))
                .isEqualTo("{\"traceId\":\"" + TRACE + "\",\"region\":\"太原市\",\"value\":1.50}");
    }

    @Test
    void whitespaceAroundTheOpeningBraceIsKept() {
        assertThat(TraceIds.addTo("\n  { \"a\":1}", TRACE)).isEqualTo("\n  {\"traceId\":\"" + TRACE + "\", \"a\":1}");
    }

    @Test
    void anEmptyObjectGetsNoTrailingComma() {
        assertThat(TraceIds.addTo("{}", TRACE)).isEqualTo("{\"traceId\":\"" + TRACE + "\"}");
        assertThat(TraceIds.addTo(" { \n} ", TRACE)).isEqualTo(" {\"traceId\":\"" + TRACE + "\" \n} ");
    }

    @Test
    void textThatIsNoObjectOrNoTraceIdLeavesTheEventAlone() {
        assertThat(TraceIds.addTo("[{\"a\":1}]", TRACE)).isEqualTo("[{\"a\":1}]");
        assertThat(TraceIds.addTo("x{\"a\":1}", TRACE)).isEqualTo("x{\"a\":1}");
        assertThat(TraceIds.addTo("   ", TRACE)).isEqualTo("   ");
        assertThat(TraceIds.addTo("{\"a\":1}", null)).isEqualTo("{\"a\":1}");
        assertThat(TraceIds.addTo(null, TRACE)).isNull();
    }
}
