package org.plantrack.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plantrack.gateway.IngestStub;
import org.plantrack.testsupport.KafkaResource;

import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 8: the UI and the API answer with a policy that runs only the app's own scripts and forbids
 * framing, and with nosniff and a referrer policy; the page itself needs nothing the policy forbids.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(IngestStub.class)
class SecurityHeadersSecurityTest {

    @Test
    void theUiTheApiAndTheirErrorsCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/index.html", "/app.js", "/style.css", "/api/documents", "/api/targets?page=x",
                "/no-such-page")) {
            Response response = given().get(path);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().contains("script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void thePageHasNoInlineScriptOrStyleThePolicyWouldBlock() {
        String page = given().get("/").asString();
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find())
                .as("inline <script>").isFalse();
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContainIgnoringCase(" onclick=");
        for (String script : List.of("/app.js", "/dom.js", "/charts.js", "/api.js", "/sse.js", "/dashboard.js",
                "/doctables.js", "/i18n.js", "/subscriptions.js", "/widgets.js",
                "/documents-live.js")) {
            String code = given().get(script).asString();
            assertThat(code).as(script).doesNotContain("eval(").doesNotContain("new Function(")
                    .doesNotContain("innerHTML");
        }
    }

    @Test
    void echartsIsServedFromTheGatewayItselfAsTheCspWants() {
        Response response = given().get("/_static/echarts/5.6.0/dist/echarts.esm.min.js");
        assertThat(response.statusCode()).isEqualTo(200);
        // a module script needs a JavaScript type: nosniff makes the browser refuse anything else
        assertThat(response.contentType()).contains("javascript");
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(response.asString()).contains("export");
        assertThat(given().get("/charts.js").asString()).contains("from '/_static/echarts/5.6.0/dist/echarts.esm.min.js'");
    }
}
