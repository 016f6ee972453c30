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
import org.simine.index.SiMineIndex;
import org.simine.index.search.Comparison;
import org.simine.index.search.FacetDimension;
import org.simine.model.Record;
import org.simine.model.RecordId;
import org.simine.model.io.RecordJson;

/**
 * Drives the page in headless Chromium as a researcher would: types a query, narrows it by a facet, opens a record
 * and checks the marked value in its source text, then checks that a paper's {@code <script>} stays text; and the
 * workflow of issue 13: chemistry as printed, table values in their table, chips, Back, keyboard, paper names,
 * the layout at 1,280 and 1,920 px, paper and compare views, the improvement plot, the silicon switch, bad queries.
 * Saves screenshots under {@code target/screenshots/} (at 1,280 and 1,920 px for the workflow). Needs Debian's chromium and chromium-driver (other paths with
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
        size(1440, 1900);
        driver.get(server.url());
        waitUntilReady();
        assertTrue(text("result-count").endsWith("of " + index().count("silicon:true") + " records"),
                text("result-count"));

        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("property:rct", Keys.ENTER);
        waitUntil(() -> driver.getCurrentUrl().contains("q=property%3Arct") && ready());
        long rct = index().count("property:rct silicon:true");
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
        Record record = index().record(id).orElseThrow();
        assertEquals(Rendered.of(record.raw()), driver.findElement(By.cssSelector("#record-snippet mark")).getText(),
                "the value is marked in its sentence or table row");
        assertEquals(Rendered.of(record.source().snippet()).strip(), text("record-snippet").strip());
        String link = driver.findElement(By.id("record-source-link")).getDomAttribute("href");
        assertEquals("/files/" + PaperIds.of(record.doc()) + "#page=" + record.source().page(), link);

        waitUntil(() -> plotted("plot-rct") > 0);
        assertEquals(expected, plotted("plot-rct"), "the paired R_ct plot shows the selection's doped/baseline pairs");

        new Select(driver.findElement(By.id("page-size"))).selectByValue("10");
        waitUntil(() -> driver.getCurrentUrl().contains("limit=10") && ready());
        driver.findElement(By.id("record-paper-records")).click();
        waitUntil(() -> box.getDomProperty("value").equals("doc:\"" + record.doc() + "\"") && ready());
        assertEquals(20, driver.findElements(By.cssSelector("#hits tbody tr")).size(), "10 hits, two rows each");
        waitUntil(() -> plotted("plot-retention") > 0 && plotted("plot-volcano") > 0);
        assertTrue(driver.findElement(By.id("record")).isDisplayed(), "the record stays open beside its paper's records");
        screenshot("simine-web.png");
    }

    /** Issue 13, item 2: sub- and superscripts and Ω in the page; the record keeps its ASCII form. */
    @Test
    void chemistryIsShownAsPrintedWhileTheRecordKeepsItsAsciiForm() throws Exception {
        size(1440, 1600);
        open("?q=" + enc("property:dli"));
        // The first hit with a value (a stated factor such as "10 times increase" has no unit).
        WebElement hit = driver.findElements(By.cssSelector("#hits tr.hit")).stream()
                .filter(h -> h.findElement(By.className("col-value")).getText().contains("cm")).findFirst().orElseThrow();
        WebElement value = hit.findElement(By.className("col-value"));
        assertEquals("2", value.findElement(By.tagName("sup")).getText(), "cm^2/s shows a superscript 2");
        assertFalse(value.getText().contains("^"), value.getText());
        WebElement property = hit.findElement(By.className("col-property"));
        assertEquals("Li", property.findElement(By.tagName("sub")).getText(), "D_Li^+ shows Li as a subscript");
        assertEquals("+", property.findElement(By.tagName("sup")).getText());
        String firstId = hit.getDomAttribute("data-id");
        assertEquals("cm^2/s", index().record(firstId).orElseThrow().unit().symbol(), "the record keeps cm^2/s");
        waitUntil(() -> plotted("plot-dli") > 0);
        assertEquals("baseline (cm²/s)", script("return Chart.getChart('plot-dli').options.scales.x.title.text;"),
                "plot axes use Unicode scripts");

        open("?q=" + enc("property:rct"));
        String hits = driver.findElement(By.id("hits")).getText();
        assertFalse(hits.contains("Ohm") || hits.contains("^") || hits.contains("R_ct"), hits);
        assertTrue(driver.findElements(By.cssSelector("#hits tr.hit td.col-value")).stream()
                .anyMatch(v -> v.getText().matches("[0-9.]+ Ω")), "values in Ohm read as Ω");
        WebElement facet = driver.findElement(By.cssSelector("#facets section[data-facet='property'] .label"));
        assertEquals("ct", facet.findElement(By.tagName("sub")).getText(), "the property facet shows R_ct as R with ct below");
        waitUntil(() -> plotted("plot-rct") > 0);
        assertEquals("baseline (Ω)", script("return Chart.getChart('plot-rct').options.scales.x.title.text;"));
        screenshots("chemistry");
    }

    /** Issue 13, item 3: a table value comes with caption, row, column header and the reference the row cites. */
    @Test
    void aTableValueShowsItsCaptionRowColumnHeaderAndTheCitedReference() throws Exception {
        size(1440, 1600);
        Record ni = index().records("property:rct source:table dopant:Ni").get(0);
        open("?q=" + enc("property:rct source:table dopant:Ni") + "&record=" + RecordId.of(ni));
        waitUntil(() -> driver.findElement(By.id("record-table")).isDisplayed());
        assertEquals("Table 2 (page 8): Typical strategies of element doping for improving the kinetics of Si anodes",
                text("record-table-caption"));
        assertEquals("Column: RCT (Ω) · row 2", text("record-table-column"));
        List<String> row = driver.findElements(By.cssSelector("#record-table-row tbody td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Ni", "0.5", "52", "101"), row.subList(0, 4));
        assertEquals("52", driver.findElement(By.cssSelector("#record-table-row td.value-cell")).getText());
        assertEquals("RCT (Ω)", driver.findElement(By.cssSelector("#record-table-row th.value-cell")).getText());
        WebElement reference = driver.findElement(By.cssSelector("#record-references li"));
        assertEquals("93", reference.getDomAttribute("data-number"), "Ni continues Mn's row, which cites ref. 93");
        assertTrue(reference.getText().startsWith("[93] A. Nulu, V. Nulu and K. Y. Sohn, J. Alloys Compd., 2022"),
                reference.getText());
        assertTrue(text("record-references").contains("Ref. cell of row 1"), text("record-references"));
        screenshots("table-value");
    }

    /** Issue 13, item 4: chips with ×, Back and Forward through queries, keyboard rows, paper names and "more". */
    @Test
    void queriesAreUrlsChipsRemoveTermsRowsTakeTheKeyboardAndPapersHaveNames() throws Exception {
        size(1440, 1600);
        open("");
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("property:rct value:<60", Keys.ENTER);
        waitUntil(() -> driver.getCurrentUrl().contains("value%3A%3C60") && ready());
        String first = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("#facets section[data-facet='dopant'] button")).click();
        waitUntil(() -> box.getDomProperty("value").startsWith("property:rct value:<60 dopant:") && ready());
        List<String> chips = driver.findElements(By.cssSelector("#chips .chip")).stream()
                .map(c -> c.getDomAttribute("data-term")).toList();
        assertEquals(3, chips.size(), chips.toString());
        assertEquals(List.of("property:rct", "value:<60"), chips.subList(0, 2));

        driver.findElement(By.cssSelector("#chips .chip[data-term='value:<60'] .chip-remove")).click();
        waitUntil(() -> box.getDomProperty("value").equals("property:rct " + chips.get(2)) && ready());
        assertEquals(index().count("property:rct " + chips.get(2) + " silicon:true"), total());

        driver.navigate().back();
        waitUntil(() -> box.getDomProperty("value").equals("property:rct value:<60 " + chips.get(2)) && ready());
        driver.navigate().back();
        waitUntil(() -> box.getDomProperty("value").equals("property:rct value:<60") && ready());
        assertEquals(first, driver.getCurrentUrl(), "Back returns to the earlier query, inside the app");
        assertEquals(index().count("property:rct value:<60 silicon:true"), total());
        driver.navigate().forward();
        waitUntil(() -> box.getDomProperty("value").startsWith("property:rct value:<60 dopant:") && ready());

        // Keyboard: Tab reaches the rows, arrows move between them, Enter opens one.
        WebElement firstRow = driver.findElement(By.cssSelector("#hits tr.hit"));
        script("arguments[0].focus();", firstRow);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        String second = driver.findElements(By.cssSelector("#hits tr.hit")).get(1).getDomAttribute("data-id");
        assertEquals(second, script("return document.activeElement.dataset.id;"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil(() -> driver.findElement(By.id("record")).isDisplayed()
                && driver.getCurrentUrl().contains("record=" + second));

        // Papers are named by title, first author and year, and "more" lists them all.
        open("?q=" + enc("property:ice"));
        List<WebElement> papers = driver.findElements(By.cssSelector("#facets section[data-facet='paper'] li"));
        assertEquals(10, papers.size());
        WebElement review = driver.findElement(By.cssSelector("#facets section[data-facet='paper'] li"));
        assertTrue(review.getText().contains("Revisiting the kinetics"), review.getText());
        assertTrue(review.findElement(By.className("byline")).getText().equals("Jia et al., 2025"), review.getText());
        for (WebElement p : papers) {
            String title = p.findElement(By.className("paper-title")).getText();
            assertFalse(title.isBlank() || title.equals("untitled") || title.matches("\\d+"), title);
        }
        driver.findElement(By.cssSelector("#facets section[data-facet='paper'] button.more")).click();
        long expectedPapers = index().facets("property:ice silicon:true", List.of(FacetDimension.PAPER), 1000)
                .get(FacetDimension.PAPER).size();
        waitUntil(() -> driver.findElements(By.cssSelector("#facets section[data-facet='paper'] li")).size()
                == expectedPapers);
        assertTrue(expectedPapers > 10, "the fixture has more papers than the facet lists at first");

        // With the record open, no column header runs into the next, at 1,280 and at 1,920 px.
        Record ni = index().records("property:rct source:table dopant:Ni").get(0);
        for (int width : new int[] {1280, 1920}) {
            size(width, 1200);
            open("?q=" + enc("property:rct") + "&record=" + RecordId.of(ni));
            waitUntil(() -> driver.findElement(By.id("record")).isDisplayed());
            assertEquals(List.of(), collidingHeaders(), "at " + width + " px");
        }
        screenshots("navigation-record-open");
    }

    /** Issue 13, item 5: paper view, compare view, improvement plot and the silicon switch. */
    @Test
    void paperViewCompareViewImprovementPlotAndSiliconSwitch() throws Exception {
        size(1440, 1600);
        String reviewId = PaperIds.of(ReviewIndex.REVIEW_DOC);
        open("?view=paper&paper=" + reviewId);
        waitUntil(() -> !driver.findElements(By.id("paper-title")).isEmpty());
        assertTrue(text("paper-title").startsWith("Revisiting the kinetics enhancement strategies of Si anodes"));
        assertTrue(text("paper-byline").startsWith("Pingshan Jia, Junpo Guo"), text("paper-byline"));
        assertEquals("/files/" + reviewId, driver.findElement(By.id("paper-file-link")).getDomAttribute("href"));
        List<Record> records = index().recordsOfPaper(ReviewIndex.REVIEW_DOC);
        long properties = records.stream().map(r -> r.property()).distinct().count();
        assertEquals(properties, driver.findElements(By.cssSelector(".property-group")).size());
        assertEquals(records.size(), driver.findElements(By.cssSelector(".property-group tbody tr")).size());
        assertEquals(6, driver.findElements(By.cssSelector("figure.paper-table")).size(), "the review's six tables");
        WebElement table2 = driver.findElement(By.cssSelector("figure.paper-table[data-label='2']"));
        assertTrue(table2.getText().contains("Original RCT (Ω)"), table2.getText());
        assertEquals(records.stream().filter(r -> "2".equals(r.source().table())).map(r -> r.source().row() + ","
                + r.source().column()).distinct().count(), table2.findElements(By.cssSelector("td.has-record")).size(),
                "every cell that gave a record is marked");
        screenshots("paper-view");

        open("?view=compare&m=" + enc("P-doped Si") + "&m=" + enc("Co-doped Si"));
        waitUntil(() -> !driver.findElements(By.id("compare-table")).isEmpty());
        Comparison comparison = index().compare("silicon:true", List.of("P-doped Si", "Co-doped Si"));
        long matched = comparison.rows().stream().filter(r -> r.materialsWithValues() >= 2).count();
        assertTrue(matched >= 2, "P- and Co-doped Si share R_ct and D_Li+ in Table 2");
        assertEquals(matched, driver.findElements(By.cssSelector("#compare-table tbody tr.matched")).size());
        WebElement rctRow = driver.findElement(By.cssSelector("#compare-table tbody tr"));
        assertTrue(rctRow.getText().contains("53.1, 56.6, 114.4"), rctRow.getText());
        waitUntil(() -> plotted("plot-compare") > 0);
        String csvLink = driver.findElement(By.id("compare-csv")).getDomAttribute("href");
        Http.Response csv = new Http(server.port()).get(csvLink);
        assertEquals("attachment; filename=\"simine-compare-p-doped-si-vs-co-doped-si.csv\"",
                csv.header("Content-Disposition"));
        assertTrue(csv.body().startsWith("property,unit,rate,rate_unit,cycles,P-doped Si,Co-doped Si\n"), csv.body());
        WebElement add = driver.findElement(By.id("compare-material"));
        add.sendKeys("Mn-doped Si", Keys.ENTER);
        waitUntil(() -> driver.getCurrentUrl().contains("m=Mn-doped+Si") && driver.findElements(
                By.cssSelector("#compare-table thead th")).size() == 5);
        screenshots("compare-view");
        driver.findElement(By.cssSelector("#compare-chips .chip[data-material='Co-doped Si'] .chip-remove")).click();
        waitUntil(() -> !driver.getCurrentUrl().contains("Co-doped"));

        open("?q=" + enc("property:rct"));
        waitUntil(() -> plotted("plot-improvement") > 0);
        long withBaseline = index().records("property:rct silicon:true").stream()
                .filter(r -> r.factor() != null && r.value() == null || r.value() != null && r.baseline() != null
                        && r.baseline() > 0 && r.value() > 0).count();
        assertEquals(withBaseline, plotted("plot-improvement"), "one bar per R_ct record with a baseline or factor");
        assertEquals("ratio", script("return Chart.getChart('plot-improvement').options.scales.y.type === 'logarithmic'"
                + " ? 'ratio' : 'linear';"));

        open("?q=" + enc("property:ice"));
        assertTrue(driver.findElement(By.id("silicon")).isSelected(), "the switch is on by default");
        assertEquals(index().count("property:ice silicon:true"), total());
        assertFalse(driver.findElement(By.id("hits")).getText().contains("graphite"));
        driver.findElement(By.id("silicon")).click();
        waitUntil(() -> driver.getCurrentUrl().contains("si=0") && ready());
        assertEquals(index().count("property:ice"), total());
        assertEquals(1, index().count("property:ice") - index().count("property:ice silicon:true"),
                "the graphite paper's record is the one left out");
        screenshots("silicon-switch-off");
    }

    @Test
    void aScriptElementInAPapersTextIsShownAsTextAndNeverRuns() throws Exception {
        size(1440, 1600);
        driver.get(server.url() + "?q=" + enc("property:ice material:Si@C script"));
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

    /** Issue 13, item 6: one message for a bad query, no empty plot frames. */
    @Test
    void aBadQueryShowsTheMessageOnceWithTheMistakeMarkedAndNoEmptyPlots() throws Exception {
        size(1440, 1600);
        open("?q=" + enc("property:rct"));
        waitUntil(() -> plotted("plot-rct") > 0);
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("property:rct value:<", Keys.ENTER);
        waitUntil(() -> driver.findElement(By.id("query-status")).getDomAttribute("class").contains("error"));
        assertTrue(text("query-status").contains("expected a number after 'value:<'"), text("query-status"));
        assertEquals("property:rct value:<", driver.findElement(By.cssSelector("#query-status code")).getText().strip(),
                "the query is shown with the place of the mistake (just past its end) marked");
        assertEquals(1, driver.findElements(By.cssSelector("#query-status code mark")).size());
        waitUntil(() -> !driver.findElement(By.id("plots")).isDisplayed());
        long messages = driver.findElements(By.xpath("//*[contains(text(), 'expected a number')]")).stream()
                .filter(WebElement::isDisplayed).count();
        assertEquals(1, messages, "the error is said once");
        assertEquals(0, driver.findElements(By.cssSelector("#plots figure")).stream().filter(WebElement::isDisplayed)
                .count(), "no empty plot frames");
        screenshots("bad-query");

        open("?q=" + enc("property:ice"));
        waitUntil(() -> driver.findElement(By.id("plots")).isDisplayed() && !text("plots-status").isEmpty());
        for (WebElement figure : driver.findElements(By.cssSelector("#plots figure"))) {
            String canvas = figure.findElement(By.tagName("canvas")).getDomAttribute("id");
            assertEquals(plotted(canvas) > 0, figure.isDisplayed(), canvas + ": shown exactly when it has points");
        }
        assertEquals("simine-rct-below-60.csv", exportName("property:rct value:<60"));
    }

    /** The download name of the page's CSV export link for a query. */
    private static String exportName(String query) throws Exception {
        open("?q=" + enc(query));
        String href = driver.findElement(By.id("export-csv")).getDomAttribute("href");
        String disposition = new Http(server.port()).get(href).header("Content-Disposition");
        return disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1");
    }

    /** Header cells whose text does not fit in them, or that overlap the next one. */
    @SuppressWarnings("unchecked")
    private static List<String> collidingHeaders() {
        return (List<String>) script("const out = [];"
                + "const ths = [...document.querySelectorAll('#hits thead th')].filter(th => th.offsetParent);"
                + "ths.forEach((th, i) => { const b = th.querySelector('button').getBoundingClientRect();"
                + "  const r = th.getBoundingClientRect();"
                + "  if (b.right > r.right + 0.5 || b.left < r.left - 0.5) out.push(th.textContent + ' overflows');"
                + "  const next = ths[i + 1];"
                + "  if (next && next.querySelector('button').getBoundingClientRect().left < b.right)"
                + "    out.push(th.textContent + ' runs into ' + next.textContent); });"
                + "return out;");
    }

    private static SiMineIndex index() throws Exception {
        return ReviewIndex.get().index;
    }

    private static long total() {
        String count = text("result-count");
        return count.startsWith("No records") ? 0 : Long.parseLong(count.replaceAll(".* of (\\d+) records", "$1"));
    }

    private static void open(String query) {
        driver.get(server.url() + query);
        waitUntil(() -> ready());
        waitUntil(() -> ready());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Screenshots at 1,280 and 1,920 px wide, {@code NAME-1280.png} and {@code NAME-1920.png}. */
    private static void screenshots(String name) throws Exception {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        for (int width : new int[] {1280, 1920}) {
            size(width, 1300);
            waitUntil(() -> ready());
            Thread.sleep(400); // charts redraw on resize
            screenshot(name + "-" + width + ".png");
        }
        driver.manage().window().setSize(before);
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
