package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, with a fresh profile each time, and the few
 * things a user does on every page: open one, sign in and out, read a text. A test using it is skipped
 * where Chromium or its driver is not installed.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final WebDriver driver;
	final WebDriverWait wait;
	private final int port;
	private final Path profile;

	private Browser(WebDriver driver, int port, Path profile) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		this.port = port;
		this.profile = profile;
	}

	static Browser start(int port) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"headless Chromium needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		Path profile = Files.createTempDirectory("liaison-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1400", "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), port, profile);
	}

	void open(String path) {
		driver.get("http://127.0.0.1:" + port + path);
	}

	/** The path of the page shown, without host or query. */
	String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	WebElement find(By by) {
		return driver.findElement(by);
	}

	String text(By by) {
		return driver.findElement(by).getText().strip();
	}

	void signIn(String username, String password) {
		open("/login");
		assertThat(text(By.cssSelector("label[for=username]"))).isEqualTo("Username");
		assertThat(text(By.cssSelector("label[for=password]"))).isEqualTo("Password");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("me-user")));
	}

	void signOut() {
		find(By.cssSelector("form.logout button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logged-out")));
		assertThat(text(By.id("logged-out"))).isEqualTo("You have logged out.");
	}

	/**
	 * The errors the page's console reported since the last call: a script blocked by the content security
	 * policy, a failed request, an htmx error.
	 */
	List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The names of the page's fields (inputs, selects, text areas) that no label names: there should be none. */
	@SuppressWarnings("unchecked")
	List<String> unlabelledFields() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
				  .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label'))
				  .map(f => f.name || f.id || f.outerHTML);""");
	}

	/** Clicks and waits for the page it leads to (a form's POST, then the redirect). */
	void clickAndWaitForPage(By by) {
		WebElement html = find(By.tagName("html"));
		find(by).click();
		wait.until(ExpectedConditions.stalenessOf(html));
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>}, for a reviewer to open. */
	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		return Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
