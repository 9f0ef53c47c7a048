package org.plantrack.targetservice;

import org.plantrack.events.EventJson;
import org.plantrack.events.IndicatorsExtractedV1;
import org.plantrack.events.Topics;
import org.plantrack.testsupport.ManagementInterface;
import org.plantrack.testsupport.TestTopics;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Publishes an indicator set and waits until target-service has applied it, read from the service's own counter of
 * applied sets (the tests of one service share it; nothing else says when a set is done).
 */
final class AppliedSets {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern COUNTER =
            Pattern.compile("^plantrack_target_indicator_sets_total\\{[^}]*\\}\\s+([0-9.Ee+]+)", Pattern.MULTILINE);

    private AppliedSets() {
    }

    static void publishAndAwait(IndicatorsExtractedV1 event) {
        double before = processed();
        TestTopics.publish(Topics.INDICATORS_EXTRACTED, event.documentId(), EventJson.toBytes(event));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (processed() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the service to process " + event.documentId());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static double processed() {
        Matcher m = COUNTER.matcher(given().get(ManagementInterface.url("/metrics")).then().extract().asString());
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
