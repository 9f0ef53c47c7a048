package org.plantrack.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plantrack.testsupport.LogsOnFailure;
import org.plantrack.testsupport.Prerequisites;

import com.sun.net.httpserver.HttpServer;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The web UI in headless Debian Chromium against the whole running system: upload two files through the page,
 * watch their states change live, read one document with its highlighted indicator sentences (and a literal
 * {@code <script>} shown as text), filter the explorer to a chart and a comparison, and see the live feed fill;
 * then the dashboard with its status counts and filters (and, later, its open target chart redrawn by a live update
 * without a reload), a document's table drawn as a table, the subscriptions
 * page with a real delivery to a local receiver, and the language toggle. The steps build on each other, so they
 * run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    /** On a failure: a screenshot of the page as it was, and the end of every process log. */
    @RegisterExtension
    static final LogsOnFailure LOGS_ON_FAILURE = new LogsOnFailure(() -> UiStack.logTails(120),
            context -> WebUiIT.screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png"));

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
    /** The webhook receiver of the subscriptions test: the bodies it was sent. */
    private static HttpServer receiver;
    private static final Queue<String> received = new ConcurrentLinkedQueue<>();
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
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        // webhooks may reach this loopback receiver only because it is listed
        stack = UiStack.start(List.of("-Dplantrack.webhook.allowed-hosts=127.0.0.1:" + receiver.getAddress().getPort()));
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
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private static String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Without Chromium a developer's build skips these tests with the fix; in CI (.ci/run installs it) they fail. */
    static void requireBrowser() {
        String chromium = System.getProperty("ui.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("ui.chromedriver", "/usr/bin/chromedriver");
        Prerequisites.require(Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(driver)),
                "browser tests need " + chromium + " and " + driver
                        + " (apt-get install chromium chromium-driver fonts-noto-cjk)");
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
        browser.get(gateway + "/#/documents");
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

        await(Duration.ofSeconds(30), "the target's ECharts chart drawn", () -> !browser.findElements(
                By.cssSelector("#chart [data-chart='target'][data-rendered='true'] canvas")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("metric=" + URLEncoder.encode(gdp, StandardCharsets.UTF_8));
        assertThat(text(By.id("targets"))).contains("地区生产总值");
        JsonNode option = chartOption("#chart [data-chart='target']");
        assertThat(seriesData(option, "target")).as("the target point").anySatisfy(point ->
                assertThat(point).containsExactly(2030.0, 6500.0));
        assertThat(seriesData(option, "actual")).as("the actual series").isNotEmpty();

        // hovering the target point shows its sentence and a link to the document page. Under load the chart may
        // still be animating or be resized when the mouse arrives, so the point is located anew and hovered again
        // until the tooltip shows, once the chart says its drawing has settled
        await(Duration.ofSeconds(30), "the target chart settled", () -> !browser.findElements(
                By.cssSelector("#chart [data-chart='target'][data-settled='true']")).isEmpty());
        await(Duration.ofSeconds(30), "the tooltip of the target point", () -> {
            if (!tooltipShows("#chart", "6500")) {
                hoverPoint("#chart [data-chart='target']", "target", List.of(2030, 6500));
            }
            return tooltipShows("#chart", "6500");
        });
        WebElement tip = browser.findElements(By.cssSelector("#chart .chart-tooltip")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertThat(tip.getText()).contains("到2030年全市地区生产总值达到6500亿元");
        assertThat(tip.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")))
                .anySatisfy(href -> assertThat(href).endsWith("#/documents/" + linjiangId));
        screenshot("04-explorer.png");

        await(Duration.ofSeconds(30), "the comparison across regions", () -> !browser.findElements(
                By.cssSelector("#compare [data-chart='compare'][data-rendered='true']")).isEmpty());
        JsonNode compare = chartOption("#compare [data-chart='compare']");
        if (!region.isBlank()) {
            assertThat(compare.path("xAxis").path(0).path("data").toString()).contains(region);
        }
        assertThat(browser.findElement(By.id("csv-indicators")).getAttribute("href")).contains("format=csv");
        assertThat(get("/api/indicators?format=csv&metric=" + URLEncoder.encode(gdp, StandardCharsets.UTF_8)).body())
                .as("CSV export the button links to").contains("5000");
        // the whole page, comparison included, for a look at the Chinese rendering
        js("document.getElementById('compare').scrollIntoView();");
        screenshot("05-compare.png");
    }

    @Test
    @Order(5)
    void dropsFilesOnThePageWithPerFileStatesAndEscapedNames() {
        String hostile = "<img src=x onerror=alert(2)>.txt";
        js("location.hash = '#/documents';");
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
    void theDashboardListsTargetsByRegionAndPeriodWithStatusAndFilters() {
        js("location.hash = '#/';");
        await(Duration.ofSeconds(30), "the dashboard is the first page once documents exist", () -> browser.findElements(
                By.cssSelector("#dashboard tr.target-row")).stream().anyMatch(tr -> tr.getText().contains("地区生产总值")));
        assertThat(browser.findElement(By.cssSelector("[data-nav='dashboard']")).getAttribute("class")).contains("active");
        List<String> groups = groups();
        assertThat(groups).anySatisfy(g -> assertThat(g).startsWith("临江市 ·"))
                .anySatisfy(g -> assertThat(g).startsWith("江北市 ·"));

        List<WebElement> rows = browser.findElements(By.cssSelector("#dashboard tr.target-row"));
        List<String> statuses = rows.stream().map(tr -> tr.getAttribute("data-status")).filter(x -> !x.isEmpty()).toList();
        if (statuses.isEmpty()) {
            // target-service without status: said so instead of counts
            assertThat(text(By.id("status-line"))).isEqualTo("状态尚未计算");
        } else {
            int counted = browser.findElements(By.cssSelector("#status-counts li")).stream()
                    .mapToInt(li -> Integer.parseInt(li.findElement(By.cssSelector(".count")).getText())).sum();
            assertThat(counted).as("counts by status cover the rows").isEqualTo(rows.size());
            assertThat(text(By.id("status-line"))).contains("项目标中").contains(Integer.toString(rows.size()));
            await(Duration.ofSeconds(10), "the status ring", () -> !browser.findElements(
                    By.cssSelector("#status-summary [data-chart='status'][data-rendered='true']")).isEmpty());
            String status = statuses.get(0);
            new Select(browser.findElement(By.id("dash-status"))).selectByValue(status);
            assertThat(browser.findElements(By.cssSelector("#dashboard tr.target-row")))
                    .isNotEmpty().allSatisfy(tr -> assertThat(tr.getAttribute("data-status")).isEqualTo(status));
            assertThat(browser.getCurrentUrl()).contains("status=" + status);
            new Select(browser.findElement(By.id("dash-status"))).selectByValue("");
        }

        Select region = new Select(browser.findElement(By.id("dash-region")));
        WebElement linjiang = region.getOptions().stream().filter(o -> o.getText().strip().equals("临江市"))
                .findFirst().orElseThrow();
        region.selectByValue(linjiang.getAttribute("value"));
        assertThat(groups()).isNotEmpty().allSatisfy(g -> assertThat(g).startsWith("临江市 ·"));
        assertThat(text(By.id("dashboard"))).contains("森林覆盖率");

        browser.findElements(By.cssSelector("#dashboard tr.target-row")).stream()
                .filter(tr -> tr.getText().contains("地区生产总值")).findFirst().orElseThrow().click();
        await(Duration.ofSeconds(30), "the row's target chart", () -> !browser.findElements(
                By.cssSelector("#dash-detail [data-chart='target'][data-rendered='true']")).isEmpty());
        screenshot("09-dashboard.png");
        new Select(browser.findElement(By.id("dash-region"))).selectByValue("");
    }

    private static boolean tooltipShows(String container, String text) {
        return browser.findElements(By.cssSelector(container + " .chart-tooltip")).stream()
                .anyMatch(tip -> tip.isDisplayed() && tip.getText().contains(text));
    }

    private static List<String> groups() {
        return browser.findElements(By.cssSelector("#dashboard section.plan-group")).stream()
                .map(g -> g.getAttribute("data-group")).toList();
    }

    /** A document of my own with a table of planned values, in the form DOCX and HTML tables are cleaned to. */
    private static final String XISHAN = String.join("\n",
            "溪山市国民经济和社会发展第十五个五年规划纲要",
            "一、主要指标",
            "| 指标 | 2025年 | 2030年 | 属性 |",
            "| 地区生产总值（亿元） | 1200 | 1600 | 预期性 |",
            "| 森林覆盖率（%） | 38 | 40 | 约束性 |",
            "二、保障措施",
            "加强组织领导，确保各项目标如期完成。",
            "");

    @Test
    @Order(9)
    void theDocumentPageDrawsTablesWithTheirExtractedCellsAndItsMetadata() throws Exception {
        String id = uploadAndAwaitAnalysed("xishan.txt", "text/plain; charset=UTF-8", XISHAN);
        await(Duration.ofSeconds(60), "target-service stored the table's indicators",
                () -> JSON.readTree(get("/api/indicators?documentId=" + id).body()).size() >= 2);
        js("location.hash = arguments[0];", "#/documents/" + id);
        await(Duration.ofSeconds(30), "the table drawn as a table", () -> !browser.findElements(
                By.cssSelector("#doc-text table.doc-table")).isEmpty());
        WebElement table = browser.findElement(By.cssSelector("#doc-text table.doc-table"));
        assertThat(table.findElements(By.cssSelector("tr"))).as("header and two rows").hasSize(3);
        assertThat(table.findElements(By.cssSelector("th")).stream().map(WebElement::getText))
                .containsExactly("指标", "2025年", "2030年", "属性");
        assertThat(table.findElements(By.cssSelector("td.hit b.value")).stream().map(WebElement::getText))
                .as("the extracted values highlighted in their cells").contains("1600");
        assertThat(text(By.id("doc-text"))).doesNotContain("| 1200 |").contains("加强组织领导");
        assertThat(text(By.id("document-meta"))).contains("溪山市");
        assertThat(browser.findElements(By.cssSelector("#indicators td.canonical")).stream().map(WebElement::getText))
                .as("the catalogue indicator of each indicator").contains("地区生产总值 · gdp");

        // clicking the indicator focuses its cell (by the value column: the row's sentence holds both values)
        browser.findElements(By.cssSelector("#indicators tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.num")).getText().startsWith("1600")).findFirst()
                .orElseThrow().click();
        await(Duration.ofSeconds(5), "the focused cell", () -> table.findElements(By.cssSelector("td.hit mark.focus"))
                .stream().anyMatch(m -> m.getText().contains("1600")));
        screenshot("10-document-table.png");
    }

    @Test
    @Order(10)
    void theSubscriptionsPageRegistersListsWithMaskedUrlsShowsDeliveriesAndDeletes() throws Exception {
        js("location.hash = '#/subscriptions';");
        await(Duration.ofSeconds(10), "the subscriptions page", () -> text(By.id("webhooks")).contains("还没有订阅"));
        browser.findElement(By.id("webhook-url")).sendKeys(receiverUrl() + "?token=do-not-show-me");
        // indicator events only, those stating a target (kind filters indicator events; status target events)
        browser.findElement(By.id("webhook-event-target")).click();
        assertThat(browser.findElement(By.id("webhook-status")).isEnabled()).isFalse();
        new Select(browser.findElement(By.id("webhook-kind"))).selectByValue("target");
        browser.findElement(By.id("webhook-register")).click();
        await(Duration.ofSeconds(10), "the registration's secret shown once", () -> text(By.id("webhook-result"))
                .contains("签名密钥"));
        await(Duration.ofSeconds(10), "the webhook listed", () -> !browser.findElements(By.cssSelector(
                "#webhooks .webhook")).isEmpty());
        WebElement card = browser.findElement(By.cssSelector("#webhooks .webhook"));
        assertThat(card.findElement(By.cssSelector(".webhook-url")).getText()).endsWith("/hook?token=***");
        assertThat(text(By.id("webhooks"))).doesNotContain("do-not-show-me").contains("kind=target");

        uploadAndAwaitAnalysed("songlin.txt", "text/plain; charset=UTF-8", String.join("\n",
                "松林市国民经济和社会发展第十五个五年规划纲要",
                "到2030年，全市常住人口城镇化率达到70%。",
                ""));
        await(Duration.ofSeconds(60), "a delivery received", () -> !received.isEmpty());
        await(Duration.ofSeconds(60), "the delivery listed with its HTTP status and attempts", () -> {
            browser.findElement(By.id("webhooks-reload")).click();
            return browser.findElements(By.cssSelector("#webhooks tr[data-outcome='delivered']")).stream().anyMatch(tr ->
                    tr.findElement(By.cssSelector(".http-status")).getText().equals("200")
                            && tr.findElement(By.cssSelector(".attempts")).getText().equals("1"));
        });
        assertThat(received).allSatisfy(body -> assertThat(body).contains("\"kind\":\"target\""));
        screenshot("11-subscriptions.png");

        browser.findElement(By.cssSelector("#webhooks .webhook-delete")).click();
        browser.switchTo().alert().accept();
        await(Duration.ofSeconds(10), "the webhook deleted", () -> text(By.id("webhooks")).contains("还没有订阅"));
        assertThat(JSON.readTree(get("/api/webhooks").body()).size()).isZero();

        // a catalogue indicator (whatever its wording in a document) and only the target updates that changed status
        browser.findElement(By.id("webhook-url")).sendKeys(receiverUrl());
        await(Duration.ofSeconds(10), "the catalogue's indicators offered", () -> !browser.findElements(
                By.cssSelector("#webhook-indicator option[value='gdp']")).isEmpty());
        new Select(browser.findElement(By.id("webhook-indicator"))).selectByValue("gdp");
        browser.findElement(By.id("webhook-status-changed")).click();
        browser.findElement(By.id("webhook-register")).click();
        await(Duration.ofSeconds(10), "the second webhook listed", () -> !browser.findElements(By.cssSelector(
                "#webhooks .webhook")).isEmpty());
        JsonNode registered = JSON.readTree(get("/api/webhooks").body()).get(0).path("filters");
        assertThat(registered.toString()).contains("\"indicator\"", "gdp", "\"statusChanged\"", "true");
        browser.findElement(By.cssSelector("#webhooks .webhook-delete")).click();
        browser.switchTo().alert().accept();
        await(Duration.ofSeconds(10), "the second webhook deleted", () -> text(By.id("webhooks")).contains("还没有订阅"));
    }

    @Test
    @Order(11)
    void theLanguageTogglesToEnglishAndIsRememberedAfterAReload() {
        js("location.hash = '#/dashboard';");
        WebElement toggle = browser.findElement(By.id("lang-toggle"));
        assertThat(toggle.getText()).isEqualTo("English");
        assertThat(text(By.cssSelector("[data-nav='dashboard']"))).isEqualTo("看板");
        toggle.click();
        await(Duration.ofSeconds(10), "English labels", () -> text(By.cssSelector("[data-nav='dashboard']")).equals("Dashboard"));
        assertThat(text(By.cssSelector("[data-nav='subscriptions']"))).isEqualTo("Subscriptions");
        await(Duration.ofSeconds(30), "the page drawn anew in English", () -> text(By.cssSelector("#view h1")).equals("Plan targets"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.navigate().refresh();
        await(Duration.ofSeconds(30), "still English after a reload", () ->
                text(By.cssSelector("[data-nav='documents']")).equals("Documents")
                        && text(By.cssSelector("#view h1")).equals("Plan targets"));
        assertThat(text(By.cssSelector("[data-nav='documents']"))).doesNotContain("文档");
        screenshot("12-english.png");

        browser.findElement(By.id("lang-toggle")).click();
        await(Duration.ofSeconds(10), "back to Chinese", () -> text(By.cssSelector("[data-nav='documents']")).equals("文档"));
    }

    @Test
    @Order(12)
    void tableRowsAreFoundByTheirSeparatorsInTheBrowser() {
        // doctables.js as the page loads it: a markdown table, a tab table, and prose with one bar
        String text = String.join("\n", "前言", "| 项目 | 数值 |", "|:--|--:|", "| 甲 | 1 |", "| 乙 | 2 |",
                "正文中的甲|乙不是表格。", "名称\t数量", "丙\t3", "只有一行\t不成表", "结束");
        JsonNode tables = asyncJson("import('/doctables.js').then(m => done(JSON.stringify(m.findTables(arguments[0])"
                + ".map(t => t.rows.map(r => r.map(c => arguments[0].slice(c.start, c.end)))))))", text);
        assertThat(tables.toString()).isEqualTo(
                "[[[\"项目\",\"数值\"],[\"甲\",\"1\"],[\"乙\",\"2\"]],[[\"名称\",\"数量\"],[\"丙\",\"3\"],[\"只有一行\",\"不成表\"]]]");
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

    private static final String ECHARTS = "/_static/echarts/5.6.0/dist/echarts.esm.min.js";

    /** Runs script asynchronously in the page; it calls done(json) with a JSON string, read back as a tree. */
    private static JsonNode asyncJson(String script, Object... args) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script, args);
        try {
            return JSON.readTree(String.valueOf(result));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + result, e);
        }
    }

    /** The option of the ECharts chart in the element (the page's own echarts module: the same URL, one instance). */
    private static JsonNode chartOption(String selector) {
        return asyncJson("import('" + ECHARTS + "').then(m => done(JSON.stringify("
                + "m.getInstanceByDom(document.querySelector(arguments[0])).getOption())))", selector);
    }

    private static List<List<Double>> seriesData(JsonNode option, String seriesId) {
        for (JsonNode series : option.path("series")) {
            if (seriesId.equals(series.path("id").asText())) {
                List<List<Double>> out = new java.util.ArrayList<>();
                for (JsonNode item : series.path("data")) {
                    JsonNode value = item.has("value") ? item.path("value") : item;
                    out.add(List.of(value.path(0).asDouble(), value.path(1).asDouble()));
                }
                return out;
            }
        }
        throw new AssertionError("no series " + seriesId + " in " + option);
    }

    /** Moves the real mouse onto a data point of the chart, as a user hovering it. */
    private static void hoverPoint(String selector, String seriesId, List<Integer> value) {
        JsonNode pixel = asyncJson("import('" + ECHARTS + "').then(m => done(JSON.stringify("
                + "m.getInstanceByDom(document.querySelector(arguments[0])).convertToPixel({seriesId: arguments[1]}, arguments[2]))))",
                selector, seriesId, value);
        WebElement chart = browser.findElement(By.cssSelector(selector));
        js("arguments[0].scrollIntoView({block: 'center'});", chart);
        int dx = (int) Math.round(pixel.path(0).asDouble() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(pixel.path(1).asDouble() - chart.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, dx, dy).pause(Duration.ofMillis(100)).moveByOffset(1, 0).perform();
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

    @Test
    @Order(13)
    void theDocumentListFollowsStateChangesWithoutPollingOrReloading() throws Exception {
        js("location.hash = '#/documents';");
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

    @Test
    @Order(14)
    void theFilteredFeedReceivesOnlyTheEventsOfTheChosenRegionAndIndicator() throws Exception {
        // a real city, so that its province is offered and takes it (the GB/T 2260 hierarchy)
        uploadAndAwaitAnalysed("taiyuan.txt", "text/plain; charset=UTF-8", String.join("\n",
                "太原市国民经济和社会发展第十五个五年规划纲要",
                "到2030年全市地区生产总值达到8000亿元。",
                ""));
        // the region choices come from the stored data, which target-service writes on its own time
        await(Duration.ofSeconds(60), "太原市 among the regions of the data",
                () -> get("/api/regions").body().contains("140100"));
        js("location.hash = '#/feed';");
        await(Duration.ofSeconds(30), "the province above the city among the region choices", () ->
                new Select(browser.findElement(By.id("feed-region"))).getOptions().stream()
                        .anyMatch(o -> "140000".equals(o.getAttribute("value"))));
        await(Duration.ofSeconds(30), "the catalogue among the indicator choices", () ->
                new Select(browser.findElement(By.id("feed-indicator"))).getOptions().stream()
                        .anyMatch(o -> "gdp".equals(o.getAttribute("value"))));
        new Select(browser.findElement(By.id("feed-region"))).selectByValue("140000");
        new Select(browser.findElement(By.id("feed-indicator"))).selectByValue("gdp");
        browser.findElement(By.id("feed-apply")).click();
        await(Duration.ofSeconds(30), "both filtered streams open", () -> {
            String state = text(By.id("feed-filter-state"));
            return state.contains("target") && state.contains("indicator");
        });
        assertThat(browser.getCurrentUrl()).contains("region=140000").contains("indicator=gdp");
        assertThat(browser.findElement(By.id("feed")).getAttribute("data-filtered")).isEqualTo("true");

        // another city of 山西省, another province, and the same city's other indicator
        uploadAndAwaitAnalysed("datong.txt", "text/plain; charset=UTF-8", String.join("\n",
                "大同市国民经济和社会发展第十五个五年规划纲要",
                "2025年全市地区生产总值达到2100亿元。",
                "到2030年全市地区生产总值达到2800亿元。",
                "到2030年全市森林覆盖率达到25%。",
                ""));
        uploadAndAwaitAnalysed("shijiazhuang.txt", "text/plain; charset=UTF-8", String.join("\n",
                "石家庄市国民经济和社会发展第十五个五年规划纲要",
                "到2030年全市地区生产总值达到10000亿元。",
                ""));
        await(PIPELINE, "the events of 大同市's GDP in the filtered feed", () -> {
            List<String> items = browser.findElements(By.cssSelector("#feed li")).stream().map(WebElement::getText).toList();
            return items.stream().anyMatch(li -> li.contains("大同市") && li.contains("2800"))
                    && items.stream().anyMatch(li -> li.contains("大同市") && li.contains("2100"));
        });
        List<String> items = browser.findElements(By.cssSelector("#feed li")).stream().map(WebElement::getText).toList();
        assertThat(items).as("only GDP events of 山西省's regions").isNotEmpty().allSatisfy(li -> {
            assertThat(li).contains("地区生产总值").doesNotContain("石家庄").doesNotContain("森林覆盖率");
        });
        screenshot("13-feed-filtered.png");

        // status changes only: target updates, so the indicator stream is not opened
        new Select(browser.findElement(By.id("feed-status-change"))).selectByValue("changed");
        browser.findElement(By.id("feed-apply")).click();
        await(Duration.ofSeconds(30), "the target stream open alone", () -> text(By.id("feed-filter-state")).contains("target"));
        assertThat(browser.getCurrentUrl()).contains("statusChanged=true");
        assertThat(text(By.id("feed-filter-state"))).doesNotContain("indicator");
        assertThat(browser.findElements(By.cssSelector("#feed li"))).as("a new subscription starts empty").isEmpty();
    }

    @Test
    @Order(15)
    void theDashboardFollowsUploadsWithoutReloading() throws Exception {
        js("location.hash = '#/dashboard';");
        await(Duration.ofSeconds(30), "the dashboard with 临江市's GDP", () -> gdpRowOf("临江市") != null);
        await(Duration.ofSeconds(30), "the count of analysed documents", () -> text(By.id("dash-documents")).matches(".*\\d+.*"));
        int documentsBefore = firstNumber(text(By.id("dash-documents")));
        int rowsBefore = browser.findElements(By.cssSelector("#dashboard tr.target-row")).size();
        // from here on the page must change from stream events alone: no list fetch, no reload
        js("window.__dashMarker = 'no reload'; window.__targetListFetches = 0;"
                + "const fetchBefore = window.fetch;"
                + "window.fetch = (...args) => { if (String(args[0]).startsWith('/api/targets?')) window.__targetListFetches++;"
                + "  return fetchBefore(...args); };");

        // a city the dashboard does not show yet: its target arrives as a new row, the counts grow
        uploadAndAwaitAnalysed("qinghe.txt", "text/plain; charset=UTF-8", String.join("\n",
                "青禾市国民经济和社会发展第十五个五年规划纲要",
                "到2030年全市地区生产总值达到900亿元。",
                ""));
        await(PIPELINE, "青禾市's GDP target added as a row", () -> gdpRowOf("青禾市") != null);
        assertThat(gdpRowOf("青禾市").findElement(By.cssSelector("td.latest")).getText()).as("no actual yet").isBlank();
        await(Duration.ofSeconds(30), "the counts and the documents line grown", () ->
                firstNumber(text(By.id("dash-documents"))) >= documentsBefore + 1
                        && text(By.id("status-line")).contains(Integer.toString(
                        browser.findElements(By.cssSelector("#dashboard tr.target-row")).size())));
        assertThat(browser.findElements(By.cssSelector("#dashboard tr.target-row")).size()).isGreaterThan(rowsBefore);

        // its panel open: the chart shows the target alone, no actual yet. Rows are drawn anew as updates arrive, so
        // the row is looked up afresh until a click has selected it
        await(Duration.ofSeconds(30), "青禾市's GDP panel opened", () -> {
            WebElement row = gdpRowOf("青禾市");
            if (!row.getAttribute("class").contains("selected")) {
                // the last row of the page: centred first, so the fixed footer line does not take the click
                js("arguments[0].scrollIntoView({block: 'center'});", row);
                row.click();
            }
            return !browser.findElements(By.cssSelector(QINGHE_PANEL_CHART + "[data-rendered='true']")).isEmpty();
        });
        assertThat(text(By.cssSelector("#dash-detail h2"))).startsWith("青禾市 · 地区生产总值 ·");
        assertThat(seriesData(chartOption(QINGHE_PANEL_CHART), "actual")).as("no actual yet").isEmpty();
        assertThat(seriesData(chartOption(QINGHE_PANEL_CHART), "target")).containsExactly(List.of(2030.0, 900.0));

        // an actual for that target: the row's latest actual changes in place, and the open panel's chart draws it
        uploadAndAwaitAnalysed("qinghe-draft.txt", "text/plain; charset=UTF-8", String.join("\n",
                "青禾市国民经济和社会发展第十五个五年规划纲要（征求意见稿）",
                "2025年全市地区生产总值达到600亿元。",
                ""));
        await(PIPELINE, "青禾市's GDP row showing the 2025 actual", () ->
                gdpRowOf("青禾市").findElement(By.cssSelector("td.latest")).getText().contains("600"));
        await(Duration.ofSeconds(30), "the open panel's chart showing the 2025 actual without a reload", () ->
                seriesData(chartOption(QINGHE_PANEL_CHART), "actual").contains(List.of(2025.0, 600.0)));
        assertThat(seriesData(chartOption(QINGHE_PANEL_CHART), "target")).containsExactly(List.of(2030.0, 900.0));
        assertThat(browser.findElement(By.cssSelector("#dashboard tr.target-row.selected")).getText())
                .as("the open target's row still marked").startsWith("地区生产总值");
        await(Duration.ofSeconds(30), "both documents counted", () ->
                firstNumber(text(By.id("dash-documents"))) >= documentsBefore + 2);
        screenshot("14-dashboard-live.png");
        assertThat(js("return window.__dashMarker;")).isEqualTo("no reload");
        assertThat(js("return window.__targetListFetches;")).as("target list fetches after the first").isEqualTo(0L);
    }

    /** The target chart of the dashboard's open panel (the test checks its title names the target). */
    private static final String QINGHE_PANEL_CHART = "#dash-detail .card [data-chart='target']";

    /** The dashboard row of a region's GDP target, or null. */
    private static WebElement gdpRowOf(String region) {
        for (WebElement group : browser.findElements(By.cssSelector("#dashboard section.plan-group"))) {
            if (group.getAttribute("data-group").startsWith(region + " ·")) {
                for (WebElement row : group.findElements(By.cssSelector("tr.target-row"))) {
                    if (row.findElement(By.cssSelector("td")).getText().startsWith("地区生产总值")) {
                        return row;
                    }
                }
            }
        }
        return null;
    }

    private static int firstNumber(String text) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        assertThat(m.find()).as("a number in '%s'", text).isTrue();
        return Integer.parseInt(m.group());
    }
}
