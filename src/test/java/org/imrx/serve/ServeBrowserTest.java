package org.imrx.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in headless Chromium, as a person uses it: search, click a facet, open a
 * case and follow an evidence link, upload a document written for the tests. Drives the system's
 * /usr/bin/chromium through /usr/bin/chromedriver (nothing is downloaded: the driver's path is set,
 * so Selenium Manager is never asked); skips where they are missing. Screenshots of these
 * synthetic and fictional documents go to target/screenshots/.
 */
@Tag("browser")
class ServeBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");

  private static ServeFixture f;
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install chromium chromium-driver)");
    f = new ServeFixture();
    profile = Files.createTempDirectory("imrx-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1366,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (f != null) {
      f.close();
    }
    if (profile != null) {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static void open(String path) {
    browser.get(f.uri(path).toString());
  }

  private static void screenshot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String resultsHeading() {
    return browser.findElement(By.id("results-h")).getText();
  }

  @Test
  void searchAndClickAFacet() throws IOException {
    open("/");
    WebElement box = browser.findElement(By.id("q"));
    assertEquals("q", browser.findElement(By.cssSelector("label[for=q]")).getAttribute("for"));
    box.sendKeys("physical therapy", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q=physical+therapy"));
    String before = resultsHeading();
    assertTrue(before.matches("\\d+ items? in \\d+ cases?.*"), before);
    assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("svg[role=img]")).isEmpty(), "outcome charts are drawn");

    WebElement overturned = browser.findElements(By.cssSelector("a[data-facet=decision]")).stream()
        .filter(a -> a.getText().startsWith("Overturned")).findFirst().orElseThrow();
    String count = overturned.findElement(By.className("count")).getText();
    overturned.click();
    wait.until(ExpectedConditions.urlContains("f=decision%3AOverturned"));
    assertTrue(resultsHeading().startsWith(count + " item"), resultsHeading());
    List<WebElement> badges = browser.findElements(By.cssSelector(".hit .items .badge"));
    assertFalse(badges.isEmpty());
    badges.forEach(b -> assertEquals("Overturned", b.getText()));
    assertEquals("true", browser.findElement(By.cssSelector("a[data-facet=decision].on")).getAttribute("aria-current"));
    screenshot("search-facet");

    browser.navigate().refresh();
    assertTrue(resultsHeading().startsWith(count + " item"), "the URL holds the whole search");
  }

  @Test
  void openACaseAndFollowAnEvidenceLink() throws IOException {
    open("/?q=knee");
    browser.findElement(By.cssSelector(".hit h3 a")).click();
    wait.until(ExpectedConditions.urlContains("/case/"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Case CM19-0188304"));
    WebElement item = browser.findElement(By.cssSelector(".items a.ev"));
    String target = item.getAttribute("href").substring(item.getAttribute("href").indexOf('#') + 1);
    item.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.on")));
    WebElement mark = browser.findElement(By.cssSelector("mark.on"));
    assertTrue(mark.getAttribute("data-ev").contains(target));
    assertTrue(mark.isDisplayed());
    assertFalse(browser.findElements(By.cssSelector(".similar li a")).isEmpty(), "similar cases are listed");
    screenshot("case-evidence");
  }

  @Test
  void uploadADocumentAndSeeTheCaseAndDraft() throws IOException {
    open("/upload");
    Path doc = Path.of("src/test/resources/serve/progress-report-synthetic.txt").toAbsolutePath();
    browser.findElement(By.id("files")).sendKeys(doc.toString());
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Case read from 1 document"));
    String draft = browser.findElement(By.cssSelector(".draft .summary")).getText();
    assertTrue(draft.contains("38 year old female"), draft);
    assertTrue(browser.findElement(By.id("download")).getAttribute("href").startsWith("data:application/json"));
    assertFalse(browser.findElements(By.cssSelector(".document pre.text mark")).isEmpty(), "values are highlighted");
    assertEquals(browser.switchTo().activeElement(), browser.findElement(By.id("main")), "focus moves to the answer");
    screenshot("upload-result");
  }

  @Test
  void uploadedScriptNeverRuns() {
    open("/upload");
    Path doc = Path.of("src/test/resources/serve/hostile-synthetic.txt").toAbsolutePath();
    browser.findElement(By.id("files")).sendKeys(doc.toString());
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Case read from"));
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned;"));
    assertTrue(browser.findElement(By.cssSelector(".document pre.text")).getText().contains("<script>window.__pwned"));
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirst() {
    open("/");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("Skip to content", focused.getText());
  }
}
