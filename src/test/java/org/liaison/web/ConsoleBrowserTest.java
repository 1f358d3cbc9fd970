package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.liaison.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as an officer uses it, in Debian's headless Chromium: sign in, create a record through
 * the form, read its markings, share it with the agreement partner (permitted, with the agreement and
 * article) and with a third agency (denied: no agreement), then sign in as the recipient and find it
 * among the received records. Screenshots of the decisions go to {@code target/screenshots}.
 */
class ConsoleBrowserTest extends IntegrationTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private WebDriver browser;
	private WebDriverWait wait;
	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"headless Chromium needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		profile = Files.createTempDirectory("liaison-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1400", "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void officerCreatesARecordSharesItUnderTheAgreementIsDeniedWithoutOneAndTheRecipientFindsIt() throws IOException {
		String home = Fixtures.freshCountry();
		String partner = Fixtures.freshCountry();
		String third = Fixtures.freshCountry();
		String originator = fixtures.agency(home, "POLICE");
		String recipient = fixtures.agency(partner, "POLICE");
		String stranger = fixtures.agency(third, "CUSTOMS");
		String officer = fixtures.user(originator, "OFFICER");
		String recipientOfficer = fixtures.user(recipient, "OFFICER");
		String agreement = fixtures.agreement(home, partner).create();

		signIn(officer);
		assertThat(text(By.id("me-user"))).isEqualTo(officer);
		assertThat(text(By.id("me-agency"))).contains(originator);

		open("/records/new");
		new Select(browser.findElement(By.id("schema"))).selectByValue("Person");
		browser.findElement(By.id("properties")).sendKeys("name=Ivan Petrov\nbirthDate=1980-05-01\nnationality=ru");
		new Select(browser.findElement(By.id("classification"))).selectByValue("RESTRICTED");
		new Select(browser.findElement(By.id("tlp"))).selectByValue("AMBER");
		browser.findElement(By.id("handling-H1")).click();
		new Select(browser.findElement(By.id("sourceReliability"))).selectByValue("B");
		new Select(browser.findElement(By.id("informationCredibility"))).selectByValue("TWO");
		new Select(browser.findElement(By.id("purposes"))).selectByValue("TERRORISM");
		browser.findElement(By.id("create-record")).click();
		wait.until(ExpectedConditions.urlMatches("/records/[0-9a-f-]{36}$"));
		String recordPath = path();
		assertThat(text(By.id("status"))).contains("Record created");

		open("/records");
		browser.findElement(By.linkText("Ivan Petrov")).click();
		wait.until(ExpectedConditions.urlMatches("/records/[0-9a-f-]{36}$"));
		assertThat(path()).isEqualTo(recordPath);
		assertThat(text(By.id("record-caption"))).isEqualTo("Ivan Petrov");
		WebElement markings = browser.findElement(By.id("record-markings"));
		assertThat(markings.findElements(By.className("badge")).stream().map(WebElement::getText).toList())
			.containsExactly("TLP:AMBER", "RESTRICTED", "H1", "B2");
		WebElement tlp = markings.findElement(By.cssSelector(".badge.tlp"));
		assertThat(tlp.getCssValue("color")).as("FIRST's TLP:AMBER").isIn("rgba(255, 192, 0, 1)", "rgb(255, 192, 0)");
		assertThat(tlp.getCssValue("background-color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");

		share(recipient, "TERRORISM");
		assertThat(text(By.id("decision-outcome"))).isEqualTo("PERMIT");
		assertThat(text(By.id("decision-agreement"))).isEqualTo(agreement);
		assertThat(text(By.id("decision-article"))).isEqualTo("Art. 5");
		assertThat(text(By.id("decision-citation"))).isEqualTo("The parties exchange information on persons.");
		assertThat(text(By.id("decision-explanation"))).startsWith("Permitted under " + agreement + ", Art. 5");
		assertThat(text(By.id("decision-obligations"))).contains("H1", "TERRORISM", "RETENTION");
		assertThat(path()).as("htmx replaced the result area, the page stayed").isEqualTo(recordPath);
		assertThat(text(By.id("disclosures-body"))).as("the new disclosure joined the table").contains(recipient, agreement);
		screenshot("console-record.png");

		share(stranger, "TERRORISM");
		assertThat(text(By.id("decision-outcome"))).isEqualTo("DENY");
		assertThat(text(By.id("decision-reason"))).isEqualTo("NO_AGREEMENT");
		assertThat(text(By.id("decision-explanation")))
			.isEqualTo("Denied: no agreement between " + originator + " and " + stranger + " covers PERSON data for TERRORISM.");
		assertThat(text(By.id("disclosures-body"))).doesNotContain(stranger);
		screenshot("console-record-denied.png");

		signOut();
		signIn(recipientOfficer);
		open("/received");
		WebElement row = browser.findElement(By.id("received")).findElement(By.linkText("Ivan Petrov")).findElement(By.xpath("ancestor::tr"));
		assertThat(row.getText()).contains(originator, "TLP:AMBER", "RESTRICTED", "H1", "B2");
		row.findElement(By.linkText("Ivan Petrov")).click();
		wait.until(ExpectedConditions.urlMatches("/records/[0-9a-f-]{36}$"));
		assertThat(path()).isEqualTo(recordPath);
		assertThat(text(By.id("main"))).contains("Received through", agreement);
		signOut();
	}

	@Test
	void aRecordTheAgencyMayNotSeeIsNotFoundInTheConsoleWhileTheApiKeepsAnsweringWithProblems() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String officer = fixtures.user(agency, "OFFICER");
		signIn(officer);
		open("/records/00000000-0000-0000-0000-000000000000");
		assertThat(text(By.tagName("h1"))).contains("404");
		assertThat(browser.findElements(By.cssSelector("form.logout button"))).as("the header still offers logout").hasSize(1);

		Api.Response api = this.api.as(officer, Fixtures.PASSWORD).get("/api/v1/records/00000000-0000-0000-0000-000000000000");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).as("the console's advice leaves the REST controllers alone").contains("application/problem+json");
		signOut();
	}

	@Test
	void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String officer = fixtures.user(agency, "OFFICER");
		open("/login");
		browser.findElement(By.id("username")).sendKeys(officer);
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(browser.getCurrentUrl()).endsWith("/login?error");
		assertThat(text(By.id("login-error"))).isEqualTo("Wrong username or password, or the account is locked.");
		assertThat(browser.findElements(By.cssSelector("form.logout"))).isEmpty();
		open("/");
		assertThat(path()).as("still signed out").isEqualTo("/login");
	}

	private void signIn(String username) {
		open("/login");
		assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("me-user")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form.logout button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logged-out")));
		assertThat(text(By.id("logged-out"))).isEqualTo("You have logged out.");
	}

	private void share(String to, String purpose) {
		WebElement previous = browser.findElements(By.id("decision-result")).stream().findFirst().orElse(null);
		new Select(browser.findElement(By.id("share-to"))).selectByValue(to);
		new Select(browser.findElement(By.id("share-purpose"))).selectByValue(purpose);
		browser.findElement(By.id("share-submit")).click();
		if (previous != null) {
			wait.until(ExpectedConditions.stalenessOf(previous));
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-outcome")));
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}

	private String path() {
		return java.net.URI.create(browser.getCurrentUrl()).getPath();
	}

	private String text(By by) {
		return browser.findElement(by).getText().strip();
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}
}
