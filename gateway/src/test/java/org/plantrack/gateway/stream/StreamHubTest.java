package org.plantrack.gateway.stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's own rules: filtering, replay after Last-Event-ID, and dropping a subscriber that stops reading. */
class StreamHubTest {

    /** A client connection whose writes complete only when the test says so. */
    static final class RecordingSubscriber implements Subscriber {
        final List<LiveEvent> sent = new ArrayList<>();
        /** Each call: the events the hub handed over at once, which the connection writes at once. */
        final List<List<LiveEvent>> writes = new ArrayList<>();
        final List<StreamControl> controls = new ArrayList<>();
        final EventFilter filter;
        int unwritten;
        boolean reading = true;
        String droppedBecause;

        RecordingSubscriber(EventFilter filter) {
            this.filter = filter;
        }

        @Override
        public String transport() {
            return SseSubscriber.TRANSPORT;
        }

        @Override
        public boolean wants(LiveEvent event) {
            return filter.matches(event.attributes());
        }

        @Override
        public boolean isOpen() {
            return droppedBecause == null;
        }

        @Override
        public int pending() {
            return unwritten;
        }

        @Override
        public void send(List<LiveEvent> events) {
            writes.add(List.copyOf(events));
            sent.addAll(events);
            if (!reading) {
                unwritten += events.size();
            }
        }

        @Override
        public void control(StreamControl message) {
            controls.add(message);
        }

        @Override
        public void drop(String reason) {
            droppedBecause = reason;
        }
    }

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final StreamHub hub = new StreamHub("indicators", 5, 3, metrics);

    private static Map<String, List<String>> region(String region) {
        return Map.of("region", List.of(region));
    }

    private static EventFilter regionFilter(String region) {
        return EventFilter.parse(Map.of("region", List.of(region)), LiveStreams.INDICATOR_FILTERS);
    }

    @Test
    void deliversOnlyMatchingEventsInOrderWithIncreasingIds() {
        var taiyuan = new RecordingSubscriber(regionFilter("太原市"));
        hub.subscribe(taiyuan, null);
        hub.publish("indicator", "{\"n\":1}", region("太原市"));
        hub.publish("indicator", "{\"n\":2}", region("大同市"));
        hub.publish("indicator", "{\"n\":3}", region("太原市"));

        assertThat(taiyuan.controls).first().isEqualTo(new StreamControl.Connected("indicators"));
        assertThat(taiyuan.sent).extracting(LiveEvent::json).containsExactly("{\"n\":1}", "{\"n\":3}");
        assertThat(taiyuan.sent.get(1).id()).isGreaterThan(taiyuan.sent.get(0).id());
    }

    @Test
    void replaysRetainedEventsAfterTheLastSeenId() {
        List<LiveEvent> published = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            published.add(hub.publish("indicator", "{\"n\":" + i + "}", region("太原市")));
        }
        var resumed = new RecordingSubscriber(EventFilter.none());
        hub.subscribe(resumed, published.get(4).id());
        assertThat(resumed.sent).extracting(LiveEvent::json).containsExactly("{\"n\":6}", "{\"n\":7}");

        // only 5 are retained: a client that fell further behind is told what it missed
        var late = new RecordingSubscriber(EventFilter.none());
        hub.subscribe(late, published.get(0).id());
        assertThat(late.sent).extracting(LiveEvent::json)
                .containsExactly("{\"n\":3}", "{\"n\":4}", "{\"n\":5}", "{\"n\":6}", "{\"n\":7}");
        assertThat(late.controls).filteredOn(StreamControl.Gap.class::isInstance).singleElement()
                .isEqualTo(new StreamControl.Gap(published.get(2).id()));
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedWithAReasonAndOthersContinue() {
        var slow = new RecordingSubscriber(EventFilter.none());
        slow.reading = false;
        var fast = new RecordingSubscriber(EventFilter.none());
        hub.subscribe(slow, null);
        hub.subscribe(fast, null);

        for (int i = 0; i < 10; i++) {
            hub.publish("indicator", "{\"n\":" + i + "}", region("太原市"));
        }

        assertThat(slow.droppedBecause).startsWith("too slow");
        assertThat(slow.sent).hasSize(3);
        assertThat(fast.sent).hasSize(10);
        assertThat(hub.subscriberCount()).isEqualTo(1);
        assertThat(metrics.get("plantrack.gateway.sse.dropped").tags("stream", "indicators", "transport", "sse")
                .counter().count()).isEqualTo(1);
        assertThat(metrics.get("plantrack.gateway.sse.subscribers").tags("stream", "indicators", "transport", "sse")
                .gauge().value()).isEqualTo(1);
    }

    @Test
    void hubsSharingASequenceNumberTheirEventsInOneOrder() {
        var ids = new StreamHub.Sequence();
        var indicators = new StreamHub("indicators", 5, 3, metrics, ids);
        var targets = new StreamHub("targets", 5, 3, metrics, ids);
        LiveEvent first = indicators.publish("indicator", "{}", region("太原市"));
        LiveEvent second = targets.publish("target", "{}", region("太原市"));
        LiveEvent third = indicators.publish("indicator", "{}", region("太原市"));
        assertThat(List.of(first.id(), second.id(), third.id())).isSorted().doesNotHaveDuplicates();

        // one id resumes both: each replays only what came after it
        var both = new RecordingSubscriber(EventFilter.none());
        indicators.subscribe(both, second.id());
        targets.subscribe(both, second.id());
        assertThat(both.sent).containsExactly(third);
    }

    private static List<StreamHub.Incoming> poll(String... regions) {
        List<StreamHub.Incoming> events = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) {
            events.add(new StreamHub.Incoming("{\"n\":" + i + "}", region(regions[i])));
        }
        return events;
    }

    @Test
    void eventsOfOnePollReachEachSubscriberInOneWriteOfWhatItWants() {
        var taiyuan = new RecordingSubscriber(regionFilter("太原市"));
        var everything = new RecordingSubscriber(EventFilter.none());
        var elsewhere = new RecordingSubscriber(regionFilter("长治市"));
        hub.subscribe(taiyuan, null);
        hub.subscribe(everything, null);
        hub.subscribe(elsewhere, null);

        List<LiveEvent> published = hub.publishAll("indicator", poll("太原市", "大同市", "太原市", "太原市"));

        assertThat(published).extracting(LiveEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(everything.writes).containsExactly(published);
        assertThat(taiyuan.writes).containsExactly(List.of(published.get(0), published.get(2), published.get(3)));
        assertThat(elsewhere.writes).isEmpty();
        assertThat(metrics.get("plantrack.gateway.sse.events").tags("stream", "indicators").counter().count())
                .isEqualTo(4);

        // all of them are retained: a client resuming from the first gets the other three, again in one write
        var resumed = new RecordingSubscriber(EventFilter.none());
        hub.subscribe(resumed, published.get(0).id());
        assertThat(resumed.writes).containsExactly(published.subList(1, 4));
    }

    @Test
    void theBufferBoundIsCheckedBeforeEachPollSoALargePollStillReachesAClientThatKeepsUp() {
        var slow = new RecordingSubscriber(EventFilter.none());
        slow.reading = false;
        var fast = new RecordingSubscriber(EventFilter.none());
        hub.subscribe(slow, null);
        hub.subscribe(fast, null);

        // a buffer of 3: a poll of 5 events goes to both at once (nothing is waiting yet)
        hub.publishAll("indicator", poll("太原市", "太原市", "太原市", "太原市", "太原市"));
        assertThat(slow.writes).extracting(List::size).containsExactly(5);
        assertThat(slow.droppedBecause).isNull();

        // the slow one has not written them when the next poll comes: it is dropped, the fast one goes on
        hub.publishAll("indicator", poll("太原市", "太原市"));
        assertThat(slow.droppedBecause).startsWith("too slow: 5 events");
        assertThat(slow.sent).hasSize(5);
        assertThat(fast.sent).hasSize(7);
        assertThat(hub.subscriberCount()).isEqualTo(1);
    }
}
