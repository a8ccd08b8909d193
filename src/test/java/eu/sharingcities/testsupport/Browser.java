package eu.sharingcities.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Debian's headless Chromium driven by Selenium, with every background connection switched off
 * (nothing may leave the machine) and no browser download: the binaries are named explicitly.
 * A closed browser is kept for the next test of the same language with its cookies cleared (a new
 * visitor, signed out), so the suite starts a Chromium per language instead of one per test; they
 * quit when the test JVM ends.
 */
public final class Browser implements AutoCloseable {

    private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(drivers -> drivers.forEach(ChromeDriver::quit))));
    }

    private final ChromeDriver driver;
    private final URL base;
    private final String language;
    /** A window resized (to a phone's width, say) is not trusted to come back: the browser quits instead of waiting for the next test. */
    private boolean resized;

    public Browser(URL base, String acceptLanguage) throws IOException {
        this.base = base;
        this.language = acceptLanguage;
        ChromeDriver idle = IDLE.computeIfAbsent(acceptLanguage, l -> new ConcurrentLinkedDeque<>()).poll();
        driver = idle != null ? idle : start(acceptLanguage);
    }

    private static ChromeDriver start(String acceptLanguage) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1280,900", "--lang=" + acceptLanguage,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Signs in as a person would: the username field has the focus; type, tab, type, enter. */
    public void signIn(String username, String password) {
        open("/login");
        waitFor(By.tagName("vaadin-login-form"));
        WebElement field = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        field.click();
        new Actions(driver).sendKeys(username).sendKeys(Keys.TAB).sendKeys(password).sendKeys(Keys.ENTER).perform();
    }

    /** Replaces a field's text as a person would: click, select all, type. */
    public void type(By field, String text) {
        for (int attempt = 1; ; attempt++) {
            WebElement input = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(field));
            try {
                click(input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) { // a live page (the assembly's quorum) may draw the field anew between finding and typing: find it again
                    throw e;
                }
            }
        }
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Takes an item of a combo box as a person would: types its label, waits for the list to show it
     * (a long list is filtered by the server, so Enter pressed at once may find nothing yet), then Enter.
     */
    public void choose(By comboInput, String label) {
        type(comboInput, label);
        waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> label.equals(String.valueOf(item.getDomProperty("textContent")).trim())));
        driver.findElement(comboInput).sendKeys(Keys.ENTER);
    }

    /** Picks an item of a select (vaadin-select) as a person would: opens it and clicks the item shown with that text. */
    public void selectItem(By select, String item) {
        click(select);
        // the open select's items: the only ones shown (each closed select keeps its own, hidden)
        WebElement option = waiting(Duration.ofSeconds(30)).until(d -> (WebElement) script("""
                const all = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                    if (e.localName === 'vaadin-select-item') all.push(e);
                    if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                // items of the open list, not the copies that show each select's value
                return all.find(e => e.textContent.trim() === arguments[0] && e.getClientRects().length > 0
                        && e.parentElement && e.parentElement.localName === 'vaadin-select-list-box') || null;""", item));
        click(option);
    }

    /** Scrolls the element to the middle of the view (the app layout scrolls its content, not the page) and clicks it. */
    public void click(By by) {
        click(new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    public void click(WebElement element) {
        // a grid's virtual scroller or a layout still settling can leave the element under the header for a moment: scroll and try again
        for (int attempt = 1; ; attempt++) {
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOf(element)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 10) { // Vaadin's curtain over a page waiting for the server takes the click for a moment too

                    throw e;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Waits for text anywhere in the element, also where it is scrolled out of view (Selenium's own
     * text leaves out what a scroll container hides).
     */
    public void waitForContent(By by, String text) {
        String[] seen = {null};
        try {
            // a view that rebuilds (a live count after each entry) replaces the element between finding and reading it
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                seen[0] = d.findElement(by).getDomProperty("textContent");
                return seen[0] != null && seen[0].contains(text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(by + " never showed \"" + text + "\"; last it showed \"" + seen[0] + "\"", e);
        }
    }

    /**
     * Clicks the grid cell showing {@code text} in a row on screen: a grid recycles its cells, so
     * while a filter is applied an element with the text may exist for a row out of sight, or be
     * moved to another row between finding and clicking it; the click is tried until one lands.
     */
    public void clickGridCell(String text) {
        By cells = By.xpath("//vaadin-grid-cell-content[text()='" + text + "']");
        waiting(Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            for (WebElement cell : d.findElements(cells)) {
                script("arguments[0].scrollIntoView({block: 'center'})", cell);
                if (cell.isDisplayed() && text.equals(cell.getText())) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().replaceAll("\\?.*", "").endsWith(path));
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Runs asynchronous JavaScript: the last argument is the callback that ends it. */
    public Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** A cookie's value, HttpOnly ones included (WebDriver sees them, page scripts do not). */
    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void resize(int width, int height) {
        resized = true;
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Keeps a picture of what the person saw, in target/screenshots/. */
    public void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Ready for the next test: no cookies (signed out), no storage, nothing cached. A pooled browser
     * once kept a broken copy of the portal's scripts (a transfer cut short while Payara failed a
     * request, "connection is null"): every later test that drew it from the pool found no sign-in form.
     */
    @Override
    public void close() {
        if (resized) {
            driver.quit();
            return;
        }
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.getProtocol() + "://" + base.getAuthority(),
                    "storageTypes", "local_storage,session_storage,indexeddb,cache_storage,service_workers"));
            IDLE.get(language).push(driver);
        } catch (RuntimeException broken) {
            driver.quit();
        }
    }
}
