package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console as an officer uses it, in Debian's headless Chromium: sign in, create a record through
 * the form, read its markings, share it with the agreement partner (permitted, citing the agreement
 * and article) and with a third agency (denied: no agreement), then sign in as the recipient and find
 * it among the received records. Screenshots of both decisions go to {@code target/screenshots}.
 */
class ConsoleBrowserTest extends BrowserTest {

	private static final String RECORD_PATH = "/records/[0-9a-f-]{36}$";

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

		browser.signIn(officer, Fixtures.PASSWORD);
		assertThat(browser.text(By.id("me-user"))).isEqualTo(officer);
		assertThat(browser.text(By.id("me-agency"))).contains(originator);
		assertThat(browser.text(By.id("me-roles"))).isEqualTo("OFFICER");

		browser.open("/records/new");
		assertThat(browser.unlabelledFields()).isEmpty();
		new Select(browser.find(By.id("schema"))).selectByValue("Person");
		browser.find(By.id("properties")).sendKeys("name=Ivan Petrov\nbirthDate=1980-05-01\nnationality=ru");
		new Select(browser.find(By.id("classification"))).selectByValue("RESTRICTED");
		new Select(browser.find(By.id("tlp"))).selectByValue("AMBER");
		browser.find(By.id("handling-H1")).click();
		new Select(browser.find(By.id("sourceReliability"))).selectByValue("B");
		new Select(browser.find(By.id("informationCredibility"))).selectByValue("TWO");
		new Select(browser.find(By.id("purposes"))).selectByValue("TERRORISM");
		browser.screenshot("console-new-record.png");
		browser.find(By.id("create-record")).click();
		browser.wait.until(ExpectedConditions.urlMatches(RECORD_PATH));
		String recordPath = browser.path();
		assertThat(browser.text(By.id("status"))).isEqualTo("Record created.");

		browser.open("/records");
		browser.find(By.id("records")).findElement(By.linkText("Ivan Petrov")).click();
		browser.wait.until(ExpectedConditions.urlMatches(RECORD_PATH));
		assertThat(browser.path()).isEqualTo(recordPath);
		assertThat(browser.text(By.id("record-caption"))).isEqualTo("Ivan Petrov");
		WebElement markings = browser.find(By.id("record-markings"));
		assertThat(markings.findElements(By.className("badge")).stream().map(WebElement::getText).toList())
			.containsExactly("TLP:AMBER", "RESTRICTED", "H1", "B2");
		WebElement tlp = markings.findElement(By.cssSelector(".badge.tlp"));
		assertThat(tlp.getCssValue("color")).as("FIRST's TLP:AMBER").isIn("rgba(255, 192, 0, 1)", "rgb(255, 192, 0)");
		assertThat(tlp.getCssValue("background-color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");

		assertThat(browser.unlabelledFields()).isEmpty();
		share(recipient, "TERRORISM");
		assertThat(browser.text(By.id("decision-outcome"))).isEqualTo("PERMIT");
		assertThat(browser.text(By.id("decision-agreement"))).isEqualTo(agreement);
		assertThat(browser.text(By.id("decision-article"))).isEqualTo("Art. 5");
		assertThat(browser.text(By.id("decision-citation"))).isEqualTo("The parties exchange information on persons.");
		assertThat(browser.text(By.id("decision-explanation"))).startsWith("Permitted under " + agreement + ", Art. 5;");
		assertThat(browser.text(By.id("decision-obligations"))).contains("PURPOSE_BINDING", "RETENTION", "HANDLING H1");
		assertThat(browser.path()).as("htmx replaced the result area; the page stayed").isEqualTo(recordPath);
		assertThat(browser.text(By.id("disclosures-body"))).as("the new disclosure joined the table").contains(recipient, agreement);
		browser.screenshot("console-record.png");

		share(stranger, "TERRORISM");
		assertThat(browser.text(By.id("decision-outcome"))).isEqualTo("DENY");
		assertThat(browser.text(By.id("decision-reason"))).isEqualTo("NO_AGREEMENT");
		assertThat(browser.text(By.id("decision-explanation")))
			.isEqualTo("Denied: no agreement between " + originator + " and " + stranger + " covers PERSON data for TERRORISM.");
		assertThat(browser.text(By.id("disclosures-body"))).doesNotContain(stranger);
		browser.screenshot("console-record-denied.png");
		assertThat(browser.consoleErrors()).as("no script blocked by the CSP, no failed request, no htmx error").isEmpty();
		browser.signOut();

		browser.signIn(recipientOfficer, Fixtures.PASSWORD);
		browser.open("/received");
		WebElement link = browser.find(By.id("received")).findElement(By.linkText("Ivan Petrov"));
		assertThat(link.findElement(By.xpath("ancestor::tr")).getText()).contains(originator, "TLP:AMBER", "RESTRICTED", "H1", "B2");
		browser.screenshot("console-received.png");
		link.click();
		browser.wait.until(ExpectedConditions.urlMatches(RECORD_PATH));
		assertThat(browser.path()).isEqualTo(recordPath);
		assertThat(browser.text(By.id("main"))).contains("Received through", "From " + originator + " under " + agreement + ", Art. 5");
		assertThat(browser.driver.findElements(By.id("disclosures"))).as("a recipient does not see other disclosures").isEmpty();
		browser.signOut();
	}

	@Test
	void aRecordTheAgencyMayNotSeeIsNotFoundInTheConsoleWhileTheApiKeepsAnsweringWithProblems() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String officer = fixtures.user(agency, "OFFICER");
		browser.signIn(officer, Fixtures.PASSWORD);
		browser.open("/records/00000000-0000-0000-0000-000000000000");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("404 Not found");
		assertThat(browser.driver.findElements(By.cssSelector("form.logout button"))).as("the header still offers logout").hasSize(1);

		Api.Response api = this.api.as(officer, Fixtures.PASSWORD).get("/api/v1/records/00000000-0000-0000-0000-000000000000");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).as("the console's advice leaves the REST controllers alone").contains("application/problem+json");
		browser.signOut();
	}

	@Test
	void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String officer = fixtures.user(agency, "OFFICER");
		browser.open("/login");
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("username")).sendKeys(officer);
		browser.find(By.id("password")).sendKeys("not-the-password");
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
		assertThat(browser.text(By.id("login-error"))).isEqualTo("Wrong username or password, or the account is locked.");
		assertThat(browser.driver.findElements(By.cssSelector("form.logout"))).isEmpty();
		browser.open("/");
		assertThat(browser.path()).as("still signed out").isEqualTo("/login");
	}

	/** Chooses recipient and purpose, clicks Share, and waits until the new decision has replaced any earlier one. */
	private void share(String to, String purpose) {
		WebElement previous = browser.driver.findElements(By.id("decision-result")).stream().findFirst().orElse(null);
		new Select(browser.find(By.id("share-to"))).selectByValue(to);
		new Select(browser.find(By.id("share-purpose"))).selectByValue(purpose);
		browser.find(By.id("share-submit")).click();
		if (previous != null) {
			browser.wait.until(ExpectedConditions.stalenessOf(previous));
		}
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-outcome")));
	}
}
