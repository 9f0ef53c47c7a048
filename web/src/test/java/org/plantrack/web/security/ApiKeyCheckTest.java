package org.plantrack.web.security;

import org.junit.jupiter.api.Test;
import org.plantrack.web.problem.ProblemType;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyCheckTest {

    private final ApiKeyCheck writesOnly = new ApiKeyCheck(Optional.of("s3cret"), false);
    private final ApiKeyCheck readsToo = new ApiKeyCheck(Optional.of("s3cret"), true);

    @Test
    void withoutAConfiguredKeyNothingNeedsOne() {
        ApiKeyCheck open = new ApiKeyCheck(Optional.of("  "), true);
        assertThat(open.refusal("DELETE", "/api/webhooks/1", null)).isEmpty();
        assertThat(new ApiKeyCheck(Optional.empty(), true).refusal("POST", "/api/documents", null)).isEmpty();
    }

    @Test
    void everyWriteNeedsTheKeyWhateverItsPath() {
        assertThat(writesOnly.refusal("POST", "/anything/at/all", null)).contains(ProblemType.API_KEY_MISSING);
        assertThat(writesOnly.refusal("PUT", "/api/documents", "guess")).contains(ProblemType.API_KEY_INVALID);
        assertThat(writesOnly.refusal("DELETE", "/api/documents/1", " s3cret ")).isEmpty();
    }

    @Test
    void webhookReadsNeedTheKeyHoweverThePathIsSpelled() {
        for (String path : new String[] {"/api/webhooks", "/%61pi/webhooks", "//api/webhooks/", "/API/./webhooks",
                "/x/../api/webhooks;a=b", "/api/%2577ebhooks"}) {
            assertThat(writesOnly.refusal("GET", path, null)).as(path).contains(ProblemType.API_KEY_MISSING);
        }
        assertThat(writesOnly.refusal("GET", "/api/webhooksx", null)).isEmpty();
        assertThat(writesOnly.refusal("GET", "/api/indicators", null)).isEmpty();
    }

    @Test
    void protectedReadsCoverEverythingUnderApiIncludingTheWebSocket() {
        assertThat(readsToo.refusal("GET", "/api/ws", null)).contains(ProblemType.API_KEY_MISSING);
        assertThat(readsToo.refusal("GET", "/%41PI/indicators", "wrong")).contains(ProblemType.API_KEY_INVALID);
        assertThat(readsToo.refusal("GET", "/api/ws", "s3cret")).isEmpty();
        assertThat(readsToo.refusal("GET", "/index.html", null)).isEmpty();
    }

    @Test
    void theComparisonNeedsTheWholeKey() {
        assertThat(ApiKeyCheck.matches("s3cret", "s3cre")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret", "s3cretX")).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret", null)).isFalse();
        assertThat(ApiKeyCheck.matches("s3cret", "s3cret\n")).isTrue();
    }

    @Test
    void theDetailNamesWhereTheKeyGoes() {
        assertThat(ApiKeyCheck.detail(ProblemType.API_KEY_MISSING, "the X-API-Key header"))
                .isEqualTo("this request needs an API key in the X-API-Key header");
        assertThat(ApiKeyCheck.detail(ProblemType.API_KEY_INVALID, "the X-API-Key header"))
                .isEqualTo("the X-API-Key header does not hold a valid API key");
    }
}
