package org.plantrack.gateway.security;

import org.junit.jupiter.api.Test;
import org.plantrack.gateway.webhook.MaskedUrl;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, finding 5: webhook URLs are shown without the credentials they carry. */
class MaskedUrlSecurityTest {

    @Test
    void userInfoAndQueryValuesAreMasked() {
        assertThat(MaskedUrl.of(URI.create("https://alice:s3cret@hooks.example:8443/in?token=abc&team=7#frag")))
                .isEqualTo("https://***@hooks.example:8443/in?token=***&team=***");
        assertThat(MaskedUrl.of(URI.create("https://hooks.example/in?s3cretbare")))
                .isEqualTo("https://hooks.example/in?***");
    }

    @Test
    void aUrlWithoutSecretsIsShownAsItIs() {
        assertThat(MaskedUrl.of(URI.create("https://hooks.example/in/plantrack")))
                .isEqualTo("https://hooks.example/in/plantrack");
        assertThat(MaskedUrl.of(URI.create("http://[2001:db8::1]:8080/h"))).isEqualTo("http://[2001:db8::1]:8080/h");
    }
}
