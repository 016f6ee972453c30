package org.simine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.simine.model.Record;
import org.simine.model.io.RecordJson;

/**
 * Drives the page in headless Chromium as a researcher would: types a query, narrows it by a facet, opens a record
 * and checks the marked value in its source text, then checks that a paper's {@code <script>} stays text. Saves
 * screenshots under {@code target/screenshots/}. Needs Debian's chromium and chromium-driver (other paths with
 * {@code -Dsimine.chromium=… -Dsimine.chromedriver=…}); skipped with a message when they are not installed.
 */
class WebPageBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("simine.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("simine.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static WebServer server;
    static WebDriver driver;
    static final List<Exception> internalErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: no Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1900");
        server = WebServer.start(ReviewIndex.get().index, ServeOptions.loopback(0), internalErrors::add);
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        assertEquals(List.of(), internalErrors);
    }

    @Test
    void aResearcherSearchesNarrowsByAFacetAndOpensARecordWithItsMarkedSource() throws Exception {
        driver.get(server.url());
        waitUntilReady();
        assertTrue(text("result-count").endsWith("of " + ReviewIndex.get().index.count("") + " records"),
                text("result-count"));

        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("property:rct", Keys.ENTER);
        waitUntil(() -> driver.getCurrentUrl().contains("q=property%3Arct") && ready());
        long rct = ReviewIndex.get().index.count("property:rct");
        assertTrue(text("result-count").endsWith("of " + rct + " records"), text("result-count"));

        WebElement dopant = driver.findElement(By.cssSelector("#facets section[data-facet='dopant'] button"));
        String filter = dopant.getDomAttribute("data-filter");
        long expected = Long.parseLong(dopant.findElement(By.className("count")).getText());
        dopant.click();
        waitUntil(() -> box.getDomProperty("value").equals("property:rct " + filter) && ready());
        assertTrue(text("result-count").endsWith("of " + expected + " records"), text("result-count"));
        assertTrue(expected < rct, "the facet narrows the selection");

        WebElement row = driver.findElement(By.cssSelector("#hits tbody tr"));
        String id = row.getDomAttribute("data-id");
        row.click();
        waitUntil(() -> driver.findElement(By.id("record")).isDisplayed()
                && !driver.findElements(By.cssSelector("#record-snippet mark")).isEmpty());
        Record record = ReviewIndex.get().index.record(id).orElseThrow();
        assertEquals(record.raw(), driver.findElement(By.cssSelector("#record-snippet mark")).getText(),
                "the value is marked in its sentence or table row");
        assertEquals(record.source().snippet().strip(), text("record-snippet").strip());
        String link = driver.findElement(By.id("record-source-link")).getDomAttribute("href");
        assertEquals("/files/" + PaperIds.of(record.doc()) + "#page=" + record.source().page(), link);

        waitUntil(() -> plotted("plot-rct") > 0);
        assertEquals(expected, plotted("plot-rct"), "the paired R_ct plot shows the selection's doped/baseline pairs");

        new Select(driver.findElement(By.id("page-size"))).selectByValue("10");
        waitUntil(() -> driver.getCurrentUrl().contains("limit=10") && ready());
        driver.findElement(By.cssSelector("#record-links button")).click();
        waitUntil(() -> box.getDomProperty("value").equals("doc:\"" + record.doc() + "\"") && ready());
        assertEquals(20, driver.findElements(By.cssSelector("#hits tbody tr")).size(), "10 hits, two rows each");
        waitUntil(() -> plotted("plot-retention") > 0 && plotted("plot-volcano") > 0);
        assertTrue(driver.findElement(By.id("record")).isDisplayed(), "the record stays open beside its paper's records");
        screenshot("simine-web.png");
    }

    @Test
    void aScriptElementInAPapersTextIsShownAsTextAndNeverRuns() throws Exception {
        driver.get(server.url() + "?q=" + java.net.URLEncoder.encode("property:ice material:Si@C script",
                java.nio.charset.StandardCharsets.UTF_8));
        waitUntilReady();
        WebElement row = driver.findElement(By.cssSelector("#hits tbody tr.source"));
        assertTrue(row.getText().contains(ReviewIndex.SCRIPT), row.getText());
        row.click();
        waitUntil(() -> text("record-snippet").contains(ReviewIndex.SCRIPT));
        assertEquals(List.of(), driver.findElements(By.cssSelector("#hits script, #record script, #facets script")),
                "no script element was made from the paper's text");
        assertEquals("86.9%", driver.findElement(By.cssSelector("#record-snippet mark")).getText());
        assertFalse(alertShown(), "alert(1) must never run");
        assertEquals(2L, script("return document.scripts.length;"), "only the page's own two script elements");
        screenshot("script-as-text.png");
    }

    @Test
    void aBadQueryShowsTheMessageWithTheMistakeMarked() throws Exception {
        driver.get(server.url());
        waitUntilReady();
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("property:rct value:<", Keys.ENTER);
        waitUntil(() -> driver.findElement(By.id("query-status")).getDomAttribute("class").contains("error"));
        assertTrue(text("query-status").contains("expected a number after 'value:<'"), text("query-status"));
        assertEquals("property:rct value:<", driver.findElement(By.cssSelector("#query-status code")).getText().strip(),
                "the query is shown with the place of the mistake (just past its end) marked");
        assertEquals(1, driver.findElements(By.cssSelector("#query-status code mark")).size());
    }

    /** Points drawn in a chart (the no-change line not counted); 0 while it is not drawn. */
    private static long plotted(String canvasId) {
        Object n = script("const c = window.Chart && Chart.getChart(arguments[0]); return c ? c.data.datasets"
                + ".filter(d => d.label !== 'no change').reduce((n, d) => n + d.data.length, 0) : 0;", canvasId);
        return ((Number) n).longValue();
    }

    private static boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static boolean ready() {
        return "ready".equals(script("return document.body.dataset.state;"));
    }

    private static void waitUntilReady() {
        waitUntil(() -> ready() && !text("result-count").isEmpty());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
