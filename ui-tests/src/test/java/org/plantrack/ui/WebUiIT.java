package org.plantrack.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The web UI in headless Debian Chromium against the whole running system: upload two files through the page,
 * watch their states change live, read one document with its highlighted indicator sentences (and a literal
 * {@code <script>} shown as text), filter the explorer to a chart and a comparison, and see the live feed fill.
 * The steps build on each other, so they run in order.
 */
@ExtendWith(LogsOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    static final Path SCREENSHOTS = Path.of(System.getProperty("ui.screenshots", "target/screenshots"));
    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>alert(1)</script>";

    /** Sentences written for this test: two fictional cities, actuals and targets of the same metric. */
    private static final String LINJIANG = String.join("\n",
            "临江市国民经济和社会发展第十五个五年规划纲要",
            "一、发展基础",
            "2024年全市地区生产总值达到4700亿元。",
            "2025年全市地区生产总值达到5000亿元，比上年增长6.5%。",
            "有市民在留言中写下" + SCRIPT + "这样的字样，本文按原样保留。",
            "二、主要目标",
            "到2030年全市地区生产总值达到6500亿元，森林覆盖率提高到45%以上。",
            "");
    private static final String JIANGBEI = String.join("\n",
            "江北市国民经济和社会发展第十五个五年规划纲要",
            "一、发展基础",
            "2025年全市地区生产总值达到3200亿元。",
            "二、主要目标",
            "到2030年全市地区生产总值达到4500亿元。",
            "");

    private static UiStack stack;
    private static WebDriver browser;
    private static String gateway;
    private static String linjiangId;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        requireBrowser();
        Files.createDirectories(SCREENSHOTS);
        // screenshots of an earlier run (failed-*.png above all) would mislead
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        stack = UiStack.start();
        gateway = stack.gateway();
        browser = chromium();
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

    /** Without Chromium a developer's build skips these tests with the fix; in CI (.ci/run installs it) they fail. */
    static void requireBrowser() {
        String chromium = System.getProperty("ui.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("ui.chromedriver", "/usr/bin/chromedriver");
        boolean present = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(driver));
        String message = "browser tests need " + chromium + " and " + driver
                + " (apt-get install chromium chromium-driver fonts-noto-cjk)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    /** Debian's Chromium through Debian's chromedriver, both named explicitly: Selenium Manager fetches nothing. */
    static WebDriver chromium() throws IOException {
        Path profile = Files.createTempDirectory(UiStack.WORK, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ui.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1100", "--lang=zh-CN");
        // an alert() must stay open so the test can see it, not be dismissed silently
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ui.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withLogFile(UiStack.LOGS.resolve("chromedriver.log").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    @Order(1)
    void uploadsThroughThePageAndWatchesTheStatesChangeLive() throws IOException {
        browser.get(gateway + "/");
        await(Duration.ofSeconds(30), "both live streams connected",
                () -> text(By.id("stream-state")).contains("indicator") && text(By.id("stream-state")).contains("target"));
        // records every state an upload row shows, and marks this page so a reload would be noticed
        js("window.__pageMarker = 'no reload'; window.__states = [];"
                + "new MutationObserver(() => document.querySelectorAll('#uploads li [data-state]').forEach(e => {"
                + "  const k = e.closest('li').dataset.file + ':' + e.dataset.state;"
                + "  if (!window.__states.includes(k)) window.__states.push(k); }))"
                + ".observe(document.getElementById('view'), {subtree: true, childList: true, attributes: true});");

        Path dir = Files.createDirectories(UiStack.WORK.resolve("files"));
        Path linjiang = Files.writeString(dir.resolve("linjiang.txt"), LINJIANG, StandardCharsets.UTF_8);
        Path jiangbei = Files.writeString(dir.resolve("jiangbei.txt"), JIANGBEI, StandardCharsets.UTF_8);
        browser.findElement(By.id("file-input")).sendKeys(linjiang + "\n" + jiangbei);

        for (String file : List.of("linjiang.txt", "jiangbei.txt")) {
            await(PIPELINE, file + " ANALYZED in its upload row", () -> {
                assertThat(browser.findElements(By.cssSelector("#uploads li[data-file='" + file + "'] [data-state='FAILED']")))
                        .as("%s failed: %s", file, text(By.id("uploads"))).isEmpty();
                return !browser.findElements(By.cssSelector(
                        "#uploads li[data-file='" + file + "'] [data-state='ANALYZED']")).isEmpty();
            });
        }
        screenshot("01-documents.png");

        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) js("return window.__states;");
        assertThat(states).as("states shown while waiting, without reloading").contains(
                "linjiang.txt:RECEIVED", "linjiang.txt:ANALYZED", "jiangbei.txt:RECEIVED", "jiangbei.txt:ANALYZED");
        assertThat(js("return window.__pageMarker;")).isEqualTo("no reload");

        String href = browser.findElement(By.cssSelector("#uploads li[data-file='linjiang.txt'] a")).getAttribute("href");
        linjiangId = href.substring(href.lastIndexOf('/') + 1);
        await(Duration.ofSeconds(10), "the document list shows it ANALYZED", () -> !browser.findElements(By.cssSelector(
                "#documents tr[data-id='" + linjiangId + "'] [data-state='ANALYZED']")).isEmpty());
    }

    @Test
    @Order(2)
    void theLiveFeedReceivedTheIndicatorEvents() {
        browser.findElement(By.cssSelector("[data-nav='feed']")).click();
        await(Duration.ofSeconds(60), "an indicator event of the upload in the feed", () ->
                browser.findElements(By.cssSelector("#feed li[data-event='indicator']")).stream()
                        .anyMatch(li -> li.getText().contains("5000") && li.getText().contains("地区生产总值")));
        assertThat(Integer.parseInt(text(By.id("feed-count")))).isPositive();
        screenshot("02-feed.png");

        browser.findElement(By.id("feed-filter")).sendKeys("森林覆盖率");
        List<WebElement> shown = browser.findElements(By.cssSelector("#feed li")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("events left by the filter").isNotEmpty()
                .allSatisfy(li -> assertThat(li.getText()).contains("森林覆盖率"));
        browser.findElement(By.id("feed-filter")).clear();
    }

    @Test
    @Order(3)
    void theDocumentPageHighlightsIndicatorSentencesAndShowsScriptAsText() {
        js("location.hash = arguments[0];", "#/documents/" + linjiangId);
        await(Duration.ofSeconds(30), "highlighted text", () -> !browser.findElements(By.cssSelector("#doc-text mark")).isEmpty());

        List<String> marks = browser.findElements(By.cssSelector("#doc-text mark")).stream().map(WebElement::getText).toList();
        assertThat(marks).as("highlighted sentences").anySatisfy(m -> assertThat(m).contains("地区生产总值达到5000亿元"));
        assertThat(marks).anySatisfy(m -> assertThat(m).contains("森林覆盖率提高到45%"));
        assertThat(text(By.id("doc-text"))).contains(SCRIPT);
        assertThat(text(By.id("indicators"))).contains("地区生产总值").contains("亿元");
        assertThat(text(By.id("outline"))).contains("主要目标");
        assertThat(browser.findElements(By.cssSelector("body script"))).as("no script element from document text").isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).as("no alert dialog").isInstanceOf(NoAlertPresentException.class);

        // clicking an indicator focuses its sentence in the text
        browser.findElements(By.cssSelector("#indicators tbody tr")).stream()
                .filter(tr -> tr.getText().contains("5000")).findFirst().orElseThrow().click();
        await(Duration.ofSeconds(5), "focused sentence", () -> browser.findElements(By.cssSelector("#doc-text mark.focus"))
                .stream().anyMatch(m -> m.getText().contains("5000亿元")));
        screenshot("03-document.png");
    }

    @Test
    @Order(4)
    void theExplorerFiltersToAChartAndACrossRegionComparison() throws Exception {
        String region = document(linjiangId).path("region").asText("");
        js("location.hash = '#/explorer';");
        await(Duration.ofSeconds(30), "metric options", () -> new Select(browser.findElement(By.id("filter-metric")))
                .getOptions().stream().anyMatch(o -> o.getText().startsWith("地区生产总值")));
        Select metric = new Select(browser.findElement(By.id("filter-metric")));
        String gdp = metric.getOptions().stream().filter(o -> o.getText().startsWith("地区生产总值")).findFirst().orElseThrow()
                .getAttribute("value");
        metric.selectByValue(gdp);
        if (!region.isBlank()) {
            await(Duration.ofSeconds(10), "region options", () -> new Select(browser.findElement(By.id("filter-region")))
                    .getOptions().stream().anyMatch(o -> region.equals(o.getAttribute("value"))));
            new Select(browser.findElement(By.id("filter-region"))).selectByValue(region);
        }
        browser.findElement(By.id("apply-filters")).click();

        await(Duration.ofSeconds(30), "a series chart with points and lines", () ->
                !browser.findElements(By.cssSelector("#chart svg[data-chart='series'] circle")).isEmpty()
                        && !browser.findElements(By.cssSelector("#chart svg[data-chart='series'] polyline, #chart svg[data-chart='series'] path")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("metric=" + URLEncoder.encode(gdp, StandardCharsets.UTF_8));
        assertThat(text(By.id("targets"))).contains("地区生产总值");
        List<String> points = browser.findElements(By.cssSelector("#chart svg[data-chart='series'] circle title"))
                .stream().map(t -> t.getAttribute("textContent")).toList();
        assertThat(points).as("points of the series").anySatisfy(p -> assertThat(p).contains("2030").contains("target"));
        await(Duration.ofSeconds(30), "the comparison across regions", () ->
                !browser.findElements(By.cssSelector("#compare svg[data-chart='compare']")).isEmpty());
        String compare = browser.findElement(By.cssSelector("#compare svg[data-chart='compare']")).getAttribute("textContent");
        if (!region.isBlank()) {
            assertThat(compare).contains(region);
        }
        assertThat(browser.findElement(By.id("csv-indicators")).getAttribute("href")).contains("format=csv");
        assertThat(get("/api/indicators?format=csv&metric=" + URLEncoder.encode(gdp, StandardCharsets.UTF_8)).body())
                .as("CSV export the button links to").contains("5000");
        screenshot("04-explorer.png");
        // the whole page, comparison included, for a look at the Chinese rendering
        js("document.getElementById('compare').scrollIntoView();");
        screenshot("05-compare.png");
    }

    @Test
    @Order(5)
    void dropsFilesOnThePageWithPerFileStatesAndEscapedNames() {
        String hostile = "<img src=x onerror=alert(2)>.txt";
        js("location.hash = '#/';");
        await(Duration.ofSeconds(10), "drop zone", () -> !browser.findElements(By.id("dropzone")).isEmpty());
        // a real drop event carrying files, as a user's drag from the desktop delivers it
        js("const dt = new DataTransfer();"
                + "dt.items.add(new File(['海安市2025年粮食产量达到80万吨。\\n'], arguments[0], {type: 'text/plain'}));"
                + "dt.items.add(new File([], 'empty.txt', {type: 'text/plain'}));"
                + "const zone = document.getElementById('dropzone');"
                + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));", hostile);

        await(Duration.ofSeconds(30), "the empty file refused with the reason", () -> uploadRow("empty.txt")
                .findElement(By.cssSelector("[data-state='error']")).getText().contains("400"));
        await(PIPELINE, "the dropped document analysed", () -> !uploadRow(hostile).findElements(By.cssSelector(
                "[data-state='ANALYZED'], [data-state='FAILED']")).isEmpty());
        await(Duration.ofSeconds(10), "its name in the document list", () -> text(By.id("documents")).contains(hostile));
        assertThat(text(By.id("uploads"))).contains(hostile);
        assertThat(browser.findElements(By.cssSelector("#view img"))).as("file name shown as text, not markup").isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).as("no alert dialog").isInstanceOf(NoAlertPresentException.class);
        screenshot("06-dropped.png");
    }

    @Test
    @Order(6)
    void highlightsTheSentenceInTheCleanedTextOfATraditionalChineseUpload() throws Exception {
        // the cleaned text is simplified, so it differs from the upload: only the cleaned-text span can place it
        String id = uploadAndAwaitAnalysed("臨江縣.txt", "text/plain; charset=UTF-8", String.join("\n",
                "臨江縣國民經濟和社會發展第十五個五年規劃綱要",
                "一、主要目標",
                "到2030年，全縣地區生產總值達到800億元。",
                ""));
        String cleaned = get("/api/documents/" + id + "/text").body();
        assertThat(cleaned).contains("地区生产总值达到800亿元").doesNotContain("地區生產總值");
        // ANALYZED is ingest's state; target-service stores the indicators from the same event on its own time
        JsonNode[] found = new JsonNode[1];
        await(Duration.ofSeconds(60), "the 800亿元 indicator stored by target-service", () -> {
            for (JsonNode i : JSON.readTree(get("/api/indicators?documentId=" + id).body())) {
                if (i.path("value").asText().startsWith("800")) {
                    found[0] = i;
                }
            }
            return found[0] != null;
        });
        JsonNode indicator = found[0];
        JsonNode span = indicator.path("cleaned");
        assertThat(span.isObject()).as("indicator carries its cleaned-text span: %s", indicator).isTrue();
        String sentence = cleaned.substring(span.path("sentenceStart").asInt(), span.path("sentenceEnd").asInt());
        String value = cleaned.substring(span.path("valueStart").asInt(), span.path("valueEnd").asInt());

        js("location.hash = arguments[0];", "#/documents/" + id);
        await(Duration.ofSeconds(30), "highlighted text", () -> !browser.findElements(By.cssSelector("#doc-text mark")).isEmpty());
        assertThat(text(By.id("doc-text"))).contains("地区生产总值达到800亿元");
        WebElement mark = browser.findElements(By.cssSelector("#doc-text mark")).stream()
                .filter(m -> m.getText().contains("800")).findFirst().orElseThrow();
        assertThat(mark.getText()).isEqualTo(sentence.strip());
        assertThat(mark.findElement(By.cssSelector("b.value")).getText()).isEqualTo(value.strip());

        browser.findElements(By.cssSelector("#indicators tbody tr")).stream()
                .filter(tr -> tr.getText().contains("800")).findFirst().orElseThrow().click();
        await(Duration.ofSeconds(5), "the focused value", () -> browser.findElements(By.cssSelector("#doc-text b.value.focus"))
                .stream().anyMatch(b -> b.getText().contains("800")));
        screenshot("07-traditional.png");
    }

    @Test
    @Order(7)
    void htmlWithScriptsAndEventHandlersRendersAsText() throws Exception {
        String id = uploadAndAwaitAnalysed("hostile.html", "text/html; charset=UTF-8",
                "<html><head><title>临江县生态规划</title><script>window.__fromScript = 1; alert(3)</script></head>"
                        + "<body><h1>临江县生态规划</h1><p>到2030年，全县森林覆盖率提高到50%以上。</p>"
                        + "<img src=x onerror=\"window.__fromImg = 1\">"
                        + "<p>留言原文：&lt;b onmouseover=alert(5)&gt;注意&lt;/b&gt;</p></body></html>");
        assertThat(get("/api/documents/" + id + "/text").body()).as("script content is not document text")
                .doesNotContain("__fromScript").doesNotContain("__fromImg");

        js("location.hash = arguments[0];", "#/documents/" + id);
        await(Duration.ofSeconds(30), "the cleaned text", () -> text(By.id("doc-text")).contains("森林覆盖率"));
        // escaped markup is document text (an <img> tag in text would be dropped by the cleaner as an image
        // placeholder of scraped pages, so the fixture quotes a <b>)
        assertThat(text(By.id("doc-text"))).contains("<b onmouseover=alert(5)>注意</b>");
        assertThat(browser.findElements(By.cssSelector("#view img, #view [onmouseover], #view [onerror]")))
                .as("markup in the text stays text").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#view script"))).isEmpty();
        assertThat(js("return window.__fromScript === undefined && window.__fromImg === undefined;")).isEqualTo(true);
        assertThatThrownBy(() -> browser.switchTo().alert()).as("no alert dialog").isInstanceOf(NoAlertPresentException.class);
        screenshot("08-html-as-text.png");
    }

    @Test
    @Order(8)
    void theDocumentListFollowsStateChangesWithoutPollingOrReloading() throws Exception {
        js("location.hash = '#/';");
        await(Duration.ofSeconds(30), "the list fetched once the document stream connected",
                () -> !browser.findElements(By.cssSelector("#documents tr[data-id='" + linjiangId + "']")).isEmpty());
        // from here on the list must change from stream events alone: no fetch of the list, no reload
        js("window.__listMarker = 'no reload'; window.__listFetches = 0; window.__rowStates = [];"
                + "const fetchBefore = window.fetch;"
                + "window.fetch = (...args) => { if (String(args[0]).startsWith('/api/documents?')) window.__listFetches++;"
                + "  return fetchBefore(...args); };"
                + "new MutationObserver(() => document.querySelectorAll('#documents tr[data-id] [data-state]').forEach(e => {"
                + "  const k = e.closest('tr').dataset.id + ':' + e.dataset.state;"
                + "  if (!window.__rowStates.includes(k)) window.__rowStates.push(k); }))"
                + ".observe(document.getElementById('documents'), {subtree: true, childList: true});");

        String content = "澄江县乡村振兴规划（2021-2025年）\n到2025年，农村自来水普及率达到98%，标记"
                + java.util.UUID.randomUUID() + "。\n";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway
                                + "/api/documents?fileName=chengjiang.txt"))
                        .header("Content-Type", "text/plain; charset=UTF-8").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String id = JSON.readTree(created.body()).path("id").asText();
        String row = "#documents tr[data-id='" + id + "']";
        await(PIPELINE, "the new document ANALYZED in the list", () -> !browser.findElements(
                By.cssSelector(row + " [data-state='ANALYZED']")).isEmpty());
        assertThat(text(By.cssSelector(row))).contains("chengjiang.txt");
        screenshot("09-list-live.png");

        HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/documents/" + id))
                .timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        await(Duration.ofSeconds(30), "the deleted document gone from the list",
                () -> browser.findElements(By.cssSelector(row)).isEmpty());

        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) js("return window.__rowStates;");
        assertThat(states).as("the row's states as the list showed them").contains(id + ":ANALYZED");
        assertThat(js("return window.__listFetches;")).as("list fetches after the first").isEqualTo(0L);
        assertThat(js("return window.__listMarker;")).isEqualTo("no reload");
    }

    /** Uploads through the API (the page's upload is tested above) and waits for the analysis to end ANALYZED. */
    private static String uploadAndAwaitAnalysed(String fileName, String type, String content) throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/documents?fileName="
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                        .header("Content-Type", type).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isIn(200, 202);
        String id = JSON.readTree(created.body()).path("id").asText();
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            JsonNode doc = document(id);
            state = doc.path("state").asText();
            assertThat(state).as("%s: %s", fileName, doc.path("failureReason").asText()).isNotEqualTo("FAILED");
            if ("ANALYZED".equals(state)) {
                return id;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(fileName + " not analysed in time; last state " + state);
    }

    private static WebElement uploadRow(String fileName) {
        return browser.findElements(By.cssSelector("#uploads li")).stream()
                .filter(li -> fileName.equals(li.getAttribute("data-file"))).findFirst().orElseThrow();
    }

    // ---- helpers

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Duration timeout, String what, Check check) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(200)).withMessage(what).ignoring(Exception.class)
                .until(d -> {
                    try {
                        return check.ok();
                    } catch (AssertionError e) {
                        throw e;
                    } catch (Exception e) {
                        return false;
                    }
                });
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static void screenshot(String name) {
        if (browser == null) {
            return;
        }
        try {
            Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.out.println("screenshot " + name + " failed: " + e);
        }
    }

    private static JsonNode document(String id) throws Exception {
        return JSON.readTree(get("/api/documents/" + id).body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
