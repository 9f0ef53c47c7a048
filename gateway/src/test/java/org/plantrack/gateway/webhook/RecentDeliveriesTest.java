package org.plantrack.gateway.webhook;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentDeliveriesTest {

    @Test
    void keepsTheNewestFirstAndNoMoreThanItsCapacity() {
        RecentDeliveries recent = new RecentDeliveries(3);
        IntStream.rangeClosed(1, 5).forEach(i -> recent.add(DeliveryOutcome.delivered("d" + i, "indicator", 200, 1)));

        assertThat(recent.newestFirst()).extracting(DeliveryOutcome::deliveryId).containsExactly("d5", "d4", "d3");
    }

    @Test
    void aGivenUpDeliveryKeepsItsReasonAndLastStatus() {
        RecentDeliveries recent = new RecentDeliveries(2);
        recent.add(DeliveryOutcome.givenUp("d1", "target", 503, 5, "retries-exhausted"));
        recent.add(DeliveryOutcome.givenUp("d2", "target", null, 0, "queue-full"));

        assertThat(recent.newestFirst()).extracting(DeliveryOutcome::outcome, DeliveryOutcome::httpStatus,
                        DeliveryOutcome::attempts, DeliveryOutcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("given-up", null, 0, "queue-full"),
                        org.assertj.core.groups.Tuple.tuple("given-up", 503, 5, "retries-exhausted"));
    }

    @Test
    void theListHandedOutDoesNotChangeLater() {
        RecentDeliveries recent = new RecentDeliveries(2);
        recent.add(DeliveryOutcome.delivered("d1", "indicator", 204, 1));
        var snapshot = recent.newestFirst();
        recent.add(DeliveryOutcome.delivered("d2", "indicator", 204, 1));

        assertThat(snapshot).extracting(DeliveryOutcome::deliveryId).containsExactly("d1");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RecentDeliveries(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
