package org.plantrack.targetservice.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;
import org.plantrack.testsupport.UnexpectedFailureContract;

/** This service keeps the web module's promise for unexpected failures: {@link UnexpectedFailureContract}. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "plantrack_target_test"))
class UnexpectedFailureTest extends UnexpectedFailureContract {

    /** A resource of this test only: fails the way a bug or an unforeseen state would. */
    @Path(PATH)
    public static class FailingResource {
        @GET
        public String fail() {
            throw unexpectedFailure();
        }
    }
}
