package org.plantrack.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plantrack.testsupport.LogsOnFailure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI against a gateway that protects reads (PLANTRACK_PROTECT_READS): without the key the live streams are
 * refused and the page says so; once the key is typed in, the fetch()-based stream reader sends it and the feed
 * fills with the events of an upload.
 */
class ProtectedReadsUiIT {

    /** On a failure: a screenshot of the page as it was, and the end of every process log. */
    @RegisterExtension
    static final LogsOnFailure LOGS_ON_FAILURE = new LogsOnFailure(() -> UiStack.logTails(120),
            context -> WebUiIT.screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png"));

    private static final String KEY = "ui-protected-reads-key";
    private static final String DOCUMENT = String.join("\n",
            "松原湾市国民经济和社会发展第十五个五年规划纲要",
            "二、主要目标",
            "到2030年全市地区生产总值达到2800亿元，森林覆盖率提高到38%以上。",
            "");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static UiStack stack;
    private static WebDriver browser;
    private static String gateway;

    @BeforeAll
    static void start() throws IOException {
        WebUiIT.requireBrowser();
        stack = UiStack.start(List.of("-Dplantrack.api-key=" + KEY, "-Dplantrack.protect-reads=true"));
        gateway = stack.gateway();
        browser = WebUiIT.chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theLiveFeedSendsTheKeyWhenReadsAreProtected() throws Exception {
        assertThat(send(HttpRequest.newBuilder(URI.create(gateway + "/api/indicators/stream")).GET()).statusCode())
                .as("a stream without the key").isEqualTo(401);

        browser.get(gateway + "/");
        await(Duration.ofSeconds(30), "the footer says the streams need a key",
                () -> state().contains("API 密钥"));

        WebElement key = browser.findElement(By.id("api-key"));
        key.sendKeys(KEY);
        key.sendKeys(Keys.TAB); // the change event stores the key and reconnects the streams at once
        await(Duration.ofSeconds(30), "both streams connected with the key",
                () -> state().contains("indicator") && state().contains("target") && state().contains("已连接"));

        HttpResponse<String> upload = send(HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName=songyuanwan.txt"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(DOCUMENT, StandardCharsets.UTF_8)));
        assertThat(upload.statusCode()).as(upload.body()).isIn(200, 202);

        browser.findElement(By.cssSelector("[data-nav='feed']")).click();
        await(Duration.ofMinutes(3), "an indicator event of the upload in the feed", () ->
                browser.findElements(By.cssSelector("#feed li[data-event='indicator']")).stream()
                        .anyMatch(li -> li.getText().contains("松原湾市") || li.getText().contains("森林覆盖率")));
    }

    private static String state() {
        return browser.findElement(By.id("stream-state")).getText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // a stream answers at once with its headers; only the status matters here, so the body is not awaited
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                responseInfo -> responseInfo.statusCode() == 200
                        && responseInfo.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                        ? HttpResponse.BodySubscribers.replacing("")
                        : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8));
    }

    private static void await(Duration timeout, String what, BooleanSupplier check) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(200)).withMessage(what).ignoring(Exception.class)
                .until(d -> check.getAsBoolean());
    }
}
