package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's other pages, each doing what its user does there: the node administrator registers an
 * agency and a user, a treaty administrator suspends and resumes an agreement, a holder asks for the
 * originator's consent and the originator grants it, an auditor reads and verifies the log.
 */
class ConsolePagesBrowserTest extends BrowserTest {

	@Test
	void nodeAdministratorRegistersAnAgencyAndAddsAnOfficerWhoCanThenSignIn() throws IOException {
		String country = Fixtures.freshCountry();
		String agency = country + "." + Fixtures.unique("CONSOLE");
		String username = Fixtures.unique("officer.").toLowerCase();

		browser.signIn("admin", ADMIN_PASSWORD);
		assertThat(browser.text(By.id("me-agency"))).isEqualTo("none: node administration");
		browser.open("/agencies");
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("agency-id")).sendKeys(agency);
		browser.find(By.id("agency-name")).sendKeys("Console Police");
		browser.find(By.id("agency-country")).sendKeys(country);
		new Select(browser.find(By.id("agency-kind"))).selectByValue("BORDER");
		browser.clickAndWaitForPage(By.cssSelector("form[action='/agencies'] button"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Agency " + agency + " registered.");
		assertThat(browser.find(By.id("agencies")).findElement(By.xpath(".//tr[th/code='" + agency + "']")).getText())
			.contains("Console Police", country, "BORDER");

		new Select(browser.find(By.id("user-agency"))).selectByValue(agency);
		browser.find(By.id("user-username")).sendKeys(username);
		browser.find(By.id("user-password")).sendKeys(Fixtures.PASSWORD);
		browser.find(By.cssSelector("input[name=roles][value=OFFICER]")).click();
		browser.clickAndWaitForPage(By.cssSelector("form[action='/agencies/users'] button"));
		assertThat(browser.text(By.id("status"))).isEqualTo("User " + username + " added to " + agency + ".");
		browser.screenshot("console-agencies.png");
		browser.signOut();

		browser.signIn(username, Fixtures.PASSWORD);
		assertThat(browser.text(By.id("me-agency"))).contains(agency, "Console Police");
		assertThat(browser.text(By.id("count-records"))).startsWith("0");
		browser.signOut();
	}

	@Test
	void aDuplicateAgencyIsRefusedBesideTheFormAndOthersSeeNoAdministrationForms() {
		String country = Fixtures.freshCountry();
		String existing = fixtures.agency(country, "POLICE");
		String officer = fixtures.user(existing, "OFFICER");

		browser.signIn("admin", ADMIN_PASSWORD);
		browser.open("/agencies");
		browser.find(By.id("agency-id")).sendKeys(existing);
		browser.find(By.id("agency-name")).sendKeys("Twice");
		browser.find(By.id("agency-country")).sendKeys(country);
		browser.clickAndWaitForPage(By.cssSelector("form[action='/agencies'] button"));
		assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo("an agency with this id already exists");
		assertThat(browser.find(By.id("agency-name")).getAttribute("value")).as("the form keeps what was typed").isEqualTo("Twice");
		browser.signOut();

		browser.signIn(officer, Fixtures.PASSWORD);
		browser.open("/agencies");
		assertThat(browser.find(By.id("agencies")).getText()).contains(existing);
		assertThat(browser.driver.findElements(By.id("agency-id"))).isEmpty();
		assertThat(browser.driver.findElements(By.linkText("Audit"))).as("no audit in an officer's navigation").isEmpty();
		browser.signOut();
	}

	@Test
	void treatyAdministratorSuspendsAndResumesAnAgreementOfItsCountry() throws IOException {
		String home = Fixtures.freshCountry();
		String partner = Fixtures.freshCountry();
		String agency = fixtures.agency(home, "POLICE");
		String treatyAdmin = fixtures.user(agency, "TREATY_ADMIN");
		String agreement = fixtures.agreement(home, partner).with("title", "Console test treaty").create();

		browser.signIn(treatyAdmin, Fixtures.PASSWORD);
		browser.open("/agreements");
		WebElement row = browser.find(By.id("agreements")).findElement(By.xpath(".//tr[th//code='" + agreement + "']"));
		assertThat(row.getText()).contains("Console test treaty", "IN_FORCE", "2020-01-01", home, partner);
		row.findElement(By.linkText(agreement)).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-status")));
		assertThat(browser.text(By.id("art-5"))).contains("Art. 5", "The parties exchange information on persons.");
		assertThat(browser.text(By.id("main"))).contains("PERSON", "TERRORISM", "CONFIDENTIAL", "FORBIDDEN", "365 days at most");

		browser.clickAndWaitForPage(By.xpath("//button[text()='Suspend']"));
		assertThat(browser.text(By.id("agreement-status"))).isEqualTo("SUSPENDED");
		assertThat(browser.text(By.id("status"))).isEqualTo("Agreement " + agreement + " suspended: it permits nothing until it is resumed.");
		assertThat(admin.get("/api/v1/agreements/" + agreement).at("/status")).isEqualTo("SUSPENDED");
		browser.screenshot("console-agreement.png");

		browser.clickAndWaitForPage(By.xpath("//button[text()='Resume']"));
		assertThat(browser.text(By.id("agreement-status"))).isEqualTo("IN_FORCE");
		browser.signOut();
	}

	@Test
	void treatyAdministratorRecordsAnAgreementThroughTheForm() {
		String home = Fixtures.freshCountry();
		String partner = Fixtures.freshCountry();
		String treatyAdmin = fixtures.user(fixtures.agency(home, "POLICE"), "TREATY_ADMIN");
		String id = Fixtures.unique("CONSOLE-");

		browser.signIn(treatyAdmin, Fixtures.PASSWORD);
		browser.open("/agreements");
		browser.find(By.linkText("Record an agreement")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ag-id")));
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("ag-id")).sendKeys(id);
		browser.find(By.id("ag-title")).sendKeys("Memorandum on vehicle crime");
		new Select(browser.find(By.id("ag-kind"))).selectByValue("MOU");
		browser.find(By.id("ag-parties")).sendKeys(home + " 2021-03-01\n" + partner + " 2021-06-15");
		new Select(browser.find(By.id("ag-categories"))).selectByValue("VEHICLE");
		new Select(browser.find(By.id("ag-purposes"))).selectByValue("PROPERTY_CRIME");
		new Select(browser.find(By.id("ag-onward"))).selectByValue("WITH_ORIGINATOR_CONSENT");
		browser.find(By.id("ag-articles")).sendKeys("3: The parties exchange data on stolen vehicles.");
		browser.clickAndWaitForPage(By.xpath("//button[text()='Record the agreement']"));

		assertThat(browser.path()).isEqualTo("/agreements/" + id);
		assertThat(browser.text(By.id("status"))).isEqualTo("Agreement " + id + " recorded.");
		assertThat(browser.text(By.id("main"))).contains("Memorandum on vehicle crime", "MOU", "2021-06-15", "VEHICLE",
				"PROPERTY_CRIME", "WITH_ORIGINATOR_CONSENT");
		assertThat(browser.text(By.id("art-3"))).contains("The parties exchange data on stolen vehicles.");
		assertThat(admin.get("/api/v1/agreements/" + id).at("/parties/1/boundFrom")).isEqualTo("2021-06-15");

		browser.open("/agreements/new");
		browser.find(By.id("ag-id")).sendKeys(Fixtures.unique("OTHERS-"));
		browser.find(By.id("ag-title")).sendKeys("Not ours");
		browser.find(By.id("ag-parties")).sendKeys(partner + "\n" + Fixtures.freshCountry());
		new Select(browser.find(By.id("ag-categories"))).selectByValue("PERSON");
		new Select(browser.find(By.id("ag-purposes"))).selectByValue("TERRORISM");
		browser.clickAndWaitForPage(By.xpath("//button[text()='Record the agreement']"));
		assertThat(browser.text(By.tagName("h1"))).as("a treaty administrator records only its own country's agreements")
			.isEqualTo("403 Forbidden");
		browser.signOut();
	}

	@Test
	void holderAsksTheOriginatorsConsentTheOriginatorGrantsItAndTheOnwardTransferIsPermitted() throws IOException {
		String ca = Fixtures.freshCountry();
		String cb = Fixtures.freshCountry();
		String cc = Fixtures.freshCountry();
		String a = fixtures.agency(ca, "POLICE");
		String b = fixtures.agency(cb, "POLICE");
		String c = fixtures.agency(cc, "POLICE");
		String officerA = fixtures.user(a, "OFFICER");
		String officerB = fixtures.user(b, "OFFICER");
		fixtures.agreement(ca, cb).with("onwardTransfer", "ALLOWED").create();
		String onward = fixtures.agreement(cb, cc).with("onwardTransfer", "ALLOWED").create();
		Api apiA = api.as(officerA, Fixtures.PASSWORD);
		Api.Response created = apiA.post("/api/v1/records", Fixtures.person("Olena Kovalenko", "GREEN", "RESTRICTED", List.of("H2")));
		String record = created.at("/id");
		assertThat(apiA.post("/api/v1/records/" + record + "/disclosures", Map.of("to", b, "purpose", "TERRORISM")).status())
			.isEqualTo(201);

		browser.signIn(officerB, Fixtures.PASSWORD);
		browser.open("/records/" + record);
		shareWith(c);
		assertThat(browser.text(By.id("decision-reason"))).isEqualTo("HANDLING_CODE_H2");
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("consent-reason")).sendKeys("joint investigation");
		browser.clickAndWaitForPage(By.xpath("//button[text()='Ask the originator’s consent']"));
		assertThat(browser.path()).isEqualTo("/consents");
		WebElement request = browser.find(By.id("consents")).findElement(By.xpath(".//tr[td/code='" + c + "']"));
		assertThat(request.getText()).contains("PENDING", a, b, "TERRORISM", "Awaiting the originator");
		browser.signOut();

		browser.signIn(officerA, Fixtures.PASSWORD);
		assertThat(browser.text(By.id("count-consents"))).startsWith("1");
		browser.screenshot("console-dashboard.png");
		browser.open("/consents");
		request = browser.find(By.id("consents")).findElement(By.xpath(".//tr[td/code='" + c + "']"));
		assertThat(request.getText()).contains("joint investigation");
		assertThat(browser.unlabelledFields()).isEmpty();
		request.findElement(By.cssSelector("input[name=reason]")).sendKeys("agreed");
		WebElement grant = request.findElement(By.xpath(".//button[text()='Grant']"));
		WebElement html = browser.find(By.tagName("html"));
		grant.click();
		browser.wait.until(ExpectedConditions.stalenessOf(html));
		assertThat(browser.text(By.id("status"))).isEqualTo("Consent granted.");
		assertThat(browser.find(By.id("consents")).findElement(By.xpath(".//tr[td/code='" + c + "']")).getText())
			.contains("GRANTED", officerA, "agreed");
		browser.screenshot("console-consents.png");
		browser.signOut();

		browser.signIn(officerB, Fixtures.PASSWORD);
		browser.open("/records/" + record);
		shareWith(c);
		assertThat(browser.text(By.id("decision-outcome"))).isEqualTo("PERMIT");
		assertThat(browser.text(By.id("decision-agreement"))).isEqualTo(onward);
		browser.signOut();
	}

	@Test
	void auditorReadsItsAgencysEntriesAndVerifiesTheChain() throws IOException {
		String agency = fixtures.agency(Fixtures.freshCountry(), "POLICE");
		String officer = fixtures.user(agency, "OFFICER");
		String auditor = fixtures.user(agency, "AUDITOR");
		Api.Response created = api.as(officer, Fixtures.PASSWORD)
			.post("/api/v1/records", Fixtures.person("Ivan Petrov", "AMBER", "RESTRICTED", List.of()));
		String record = created.at("/id");

		browser.signIn(auditor, Fixtures.PASSWORD);
		browser.find(By.linkText("Audit")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		WebElement entry = browser.find(By.id("audit")).findElement(By.xpath(".//tr[td/code='record.create']"));
		assertThat(entry.getText()).contains(officer, agency, record, "TERRORISM");
		assertThat(browser.unlabelledFields()).isEmpty();
		assertThat(browser.find(By.id("audit")).findElements(By.xpath(".//tbody/tr[td]/td[3]/code")).stream()
			.map(WebElement::getText).distinct().toList()).as("only its agency's entries").containsOnly(agency);

		browser.find(By.id("verify")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verification-result")));
		assertThat(browser.text(By.id("verification-result"))).matches("Chain intact: [\\d,]+ entries verified\\.");
		assertThat(browser.path()).as("verified in place with htmx").isEqualTo("/audit");
		browser.screenshot("console-audit.png");
		browser.signOut();
	}

	private void shareWith(String to) {
		new Select(browser.find(By.id("share-to"))).selectByValue(to);
		browser.find(By.id("share-submit")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-outcome")));
	}
}
