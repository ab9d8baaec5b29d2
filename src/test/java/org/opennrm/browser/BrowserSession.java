package org.opennrm.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Needs the packages {@code chromium} and
 * {@code chromium-driver} ({@code .ci/run} installs them).
 */
final class BrowserSession implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target/screenshots");
	private static final Duration NAVIGATION = Duration.ofSeconds(30);

	final WebDriver driver;
	private final String baseUrl;
	private final Path profile;

	BrowserSession(int port) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium: apt-get install chromium chromium-driver");
		}
		try {
			profile = Files.createTempDirectory("opennrm-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		baseUrl = "http://localhost:" + port;
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		submit(By.cssSelector("form.form button[type=submit]"));
	}

	/**
	 * Clicks a button that submits a form and waits until the next page has loaded: a click returns as soon as the
	 * browser has the event, and the next step must not race the navigation (on a loaded machine it did).
	 */
	void submit(By button) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(button).click();
		WebDriverWait wait = new WebDriverWait(driver, NAVIGATION);
		wait.until(d -> replaced(page));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Clicks a button that asks before it submits ({@code data-confirm}), says yes, and waits for the next page. */
	void submitConfirming(By button) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(button).click();
		WebDriverWait wait = new WebDriverWait(driver, NAVIGATION);
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(d -> replaced(page));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Waits until htmx has no request under way and has swapped in its answers: a choice that asks the server for a part
	 * of the form (the roles of an organisation chosen), answered after the next choice was made, would undo it.
	 */
	void settled() {
		new WebDriverWait(driver, NAVIGATION).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"return !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"));
	}

	/**
	 * Every request answered this long after it is sent, as on a slow mobile network (Chromium's own network
	 * emulation); {@code null}: as fast as the machine answers again.
	 */
	void latency(Duration latency) {
		HasNetworkConditions network = (HasNetworkConditions) driver;
		if (latency == null) {
			network.deleteNetworkConditions();
			return;
		}
		ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
		slow.setLatency(latency);
		network.setNetworkConditions(slow);
	}

	/** The window as wide as a phone's screen (390 px, and tall enough to see a list whole), or as the tests' desktop. */
	void phone(boolean phone) {
		driver.manage().window().setSize(phone ? new Dimension(390, 1400) : new Dimension(1280, 900));
	}

	/**
	 * Whether the element's document has been replaced. Chromium reports an element of a document it has just left
	 * either as stale or, now and then, as an inspector error ("Node with given id does not belong to the document");
	 * Selenium's own staleness check knows only the first and failed a run on the second.
	 */
	static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The window at this width (390: a phone's), as high as the page, for a screenshot of all of it. */
	void resize(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		long height = (Long) ((JavascriptExecutor) driver)
			.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
		// the window's frame takes some of its height: set again with what the page then needs
		long inner = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight");
		driver.manage().window().setSize(new Dimension(width, (int) (900 - inner + Math.max(height, 600))));
	}

	/** The window as it starts. */
	void resizeBack() {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
