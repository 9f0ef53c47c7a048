package org.plantrack.ingest.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.testsupport.KafkaResource;
import org.plantrack.testsupport.PostgresResource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 7: metadata hints that are no date, or long enough to overrun a default request line, get a
 * problem naming the cause (before: a 500 for a 65-character date, a bare 414 for a 450-character title).
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "plantrack_ingest_test"))
class UploadHintsSecurityTest {

    private static Response upload(String hint, String value) {
        byte[] body = ("到2025年，全市新增城镇就业" + UUID.randomUUID() + "人。").getBytes(StandardCharsets.UTF_8);
        return given().contentType("text/plain; charset=UTF-8").queryParam("fileName", "提示.txt")
                .queryParam(hint, value).body(body).post("/documents");
    }

    @Test
    void aDateHintThatIsNoIsoDateIsA400() {
        for (String date : new String[] {"2".repeat(65), "二〇二五年三月".repeat(20), "2025-13-01", "2025-02-30",
                "03/01/2025", "x".repeat(500)}) {
            Response r = upload("date", date);
            assertThat(r.statusCode()).as(date).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("detail")).contains("date", "ISO");
        }
        for (String date : new String[] {"2025-03-01", "2025-03", "2025"}) {
            assertThat(upload("date", date).statusCode()).as(date).isEqualTo(202);
        }
    }

    @Test
    void aLongChineseTitleFitsTheRequestLine() {
        Response r = upload("title", "关于印发全市国民经济和社会发展规划纲要的通知".repeat(22)); // ~460 characters
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.jsonPath().getString("state")).isEqualTo("RECEIVED");
    }
}
