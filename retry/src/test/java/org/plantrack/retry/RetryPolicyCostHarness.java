package org.plantrack.retry;

import org.jboss.logging.MDC;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What one guarded call costs when it succeeds at once (the case of nearly every record): CPU ns and bytes allocated
 * per call of {@link RetryPolicy#callAsync} (nlp-service's publishing) and {@link RetryPolicy#call} (ingest-service's
 * result store), with a document id in the MDC as in the services. Standalone SmallRye Fault Tolerance, so without
 * the services' metrics. Prints figures and asserts nothing (the machine is shared: compare variants back to back):
 * <pre>
 * ./mvnw -B -q -pl retry test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp retry/target/test-classes:retry/target/classes:$(cat retry/target/cp.txt) org.plantrack.retry.RetryPolicyCostHarness
 * </pre>
 */
public final class RetryPolicyCostHarness {

    private record Variant(Duration initialDelay, int factor, Duration maxDelay, OptionalInt maxAttempts)
            implements RetryConfig.Variant {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        RetryPolicy policy = new RetryPolicy("bounded", new Variant(Duration.ofMillis(500), 2, Duration.ofSeconds(30),
                OptionalInt.of(8)), () -> false);
        CompletionStage<Void> done = CompletableFuture.completedFuture(null);
        MDC.put("documentId", "d-0001");
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        for (int round = 1; round <= 3; round++) {
            measure("callAsync", calls, () -> policy.<Void>callAsync("publishing the indicators of document d-0001",
                    attempt -> done, RetryPolicy.ANY_EXCEPTION).toCompletableFuture().join());
            measure("call     ", calls, () -> policy.call("storing the outcome of document d-0001", () -> 1));
        }
        System.exit(0); // the fault-tolerance timer's thread would keep the JVM alive
    }

    private static void measure(String what, int calls, Runnable call) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes0;
        System.out.printf("%s %,8d ns CPU and %,7d bytes allocated per call (%,d calls)%n", what, cpu / calls,
                bytes / calls, calls);
    }

    private RetryPolicyCostHarness() {
    }
}
