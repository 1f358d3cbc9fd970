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
 * Issue 3 in the console: a border officer screens a traveller and gets a hit on a partner's alert, the
 * owner sees it on its dashboard and answers the follow-up; an officer issues an alert that a reviewer
 * approves, and withdraws it.
 */
class AlertsAndScreeningBrowserTest extends BrowserTest {

	@Test
	void borderOfficerScreensATravellerWithAHitAndTheOwnerAnswersTheFollowUp() throws IOException {
		String ca = Fixtures.freshCountry();
		String cb = Fixtures.freshCountry();
		String a = fixtures.agency(ca, "POLICE");
		String b = fixtures.agency(cb, "BORDER");
		String officerA = fixtures.user(a, "OFFICER");
		String officerB = fixtures.user(b, "OFFICER");
		Api apiA = api.as(officerA, Fixtures.PASSWORD);
		String agreement = fixtures.agreement(ca, cb).create();
		Map<String, Object> body = Fixtures.alert("WANTED_PERSON", "Person",
				Map.of("name", List.of("Mohammed Al-Farsi"), "birthDate", List.of("1980-05-01"), "nationality", List.of("ae")),
				"ARREST", agreement);
		body.put("summary", "Sought for a bombing");
		String alert = apiA.post("/api/v1/alerts", body).at("/id");
		Api.Response approved = api.as(fixtures.user(a, "REVIEWER"), Fixtures.PASSWORD)
			.post("/api/v1/alerts/" + alert + "/review", Map.of("decision", "APPROVE"));
		assertThat(approved.at("/status")).as(approved.text()).isEqualTo("PUBLISHED");

		browser.signIn(officerB, Fixtures.PASSWORD);
		browser.find(By.linkText("Screening")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("names")));
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("names")).sendKeys("Мухаммед Аль-Фарси");
		browser.find(By.id("birthDate")).sendKeys("1980-05-01");
		browser.find(By.id("nationality")).sendKeys("AE");
		new Select(browser.find(By.id("sex"))).selectByValue("male");
		browser.find(By.id("screen-traveller")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-outcome")));
		assertThat(browser.path()).as("answered in place with htmx").isEqualTo("/screening");
		assertThat(browser.text(By.id("screening-outcome"))).isEqualTo("HIT");
		WebElement hit = browser.find(By.id("hit-" + alert));
		assertThat(hit.getText()).contains("Al-Farsi", a, "WANTED_PERSON", "ARREST", "Sought for a bombing");
		assertThat(hit.findElement(By.className("explanation")).getText()).contains("name", "dob");
		assertThat(Double.parseDouble(hit.findElement(By.tagName("td")).getText())).isBetween(0.8, 1.0);
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.screenshot("console-screening-hit.png");

		browser.find(By.id("mark-" + alert)).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("undo-" + alert)));
		assertThat(browser.text(By.id("marked-" + alert))).contains("will not report this alert");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_false_positive WHERE alert_id = ? AND asker = ?")
			.params(alert, b).query(Long.class).single()).isEqualTo(1);
		browser.find(By.id("undo-" + alert)).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mark-" + alert)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_false_positive WHERE alert_id = ? AND asker = ?")
			.params(alert, b).query(Long.class).single()).isZero();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.signOut();

		browser.signIn(officerA, Fixtures.PASSWORD);
		assertThat(browser.text(By.id("follow-up-badge"))).isEqualTo("1");
		WebElement followUp = browser.find(By.id("follow-ups")).findElement(By.xpath(".//tr[td/code='" + b + "']"));
		assertThat(followUp.getText()).contains("Mohammed Al-Farsi").containsPattern("1[01] h \\d+ min left");
		browser.screenshot("console-dashboard-follow-up.png");
		followUp.findElement(By.linkText("Mohammed Al-Farsi")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
		assertThat(browser.text(By.id("alert-status"))).isEqualTo("PUBLISHED");
		WebElement row = browser.find(By.id("hits")).findElement(By.xpath(".//tr[td/code='" + b + "']"));
		assertThat(row.getText()).containsPattern("left");
		assertThat(browser.unlabelledFields()).isEmpty();
		row.findElement(By.tagName("textarea")).sendKeys("Confirmed: the warrant is valid. Detain and call the duty officer.");
		browser.clickAndWaitForPage(By.xpath("//tr[td/code='" + b + "']//button[text()='Send answer']"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Follow-up answered; the screening agency can read your answer.");
		assertThat(browser.find(By.id("hits")).findElement(By.xpath(".//tr[td/code='" + b + "']")).getText())
			.contains("Confirmed: the warrant is valid.", "Answered", officerA);
		assertThat(browser.driver.findElements(By.id("follow-up-badge"))).as("nothing left to answer").isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("console-alert-follow-up.png");
		browser.signOut();

		Api.Response asked = api.as(officerB, Fixtures.PASSWORD).get("/api/v1/screening/hits");
		assertThat(asked.at("/0/alert")).isEqualTo(alert);
		assertThat(asked.at("/0/answer")).isEqualTo("Confirmed: the warrant is valid. Detain and call the duty officer.");
	}

	@Test
	void officerIssuesAnAlertThatAReviewerApprovesInTheConsoleAndTheOfficerWithdraws() throws IOException {
		String ca = Fixtures.freshCountry();
		String a = fixtures.agency(ca, "POLICE");
		String officer = fixtures.user(a, "OFFICER");
		String reviewer = fixtures.user(fixtures.agency(Fixtures.freshCountry(), "INTERNATIONAL_ORG"), "REVIEWER");
		String agreement = fixtures.agreement(ca, Fixtures.freshCountry()).create();
		String name = "Kasimir " + Fixtures.unique("Zbyszewski");

		browser.signIn(officer, Fixtures.PASSWORD);
		browser.find(By.linkText("Alerts")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-alert")));
		browser.find(By.id("new-alert")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alert-form")));
		assertThat(browser.unlabelledFields()).isEmpty();
		new Select(browser.find(By.id("type"))).selectByValue("WANTED_PERSON");
		new Select(browser.find(By.id("schema"))).selectByValue("Person");
		new Select(browser.find(By.id("action"))).selectByValue("ARREST");
		browser.find(By.id("properties")).sendKeys("name=" + name + "\nbirthDate=1979-03-04\nnationality=pl");
		browser.find(By.id("summary")).sendKeys("Sought for armed robbery");
		new Select(browser.find(By.id("purposes"))).selectByValue("TERRORISM");
		new Select(browser.find(By.id("legalBasis"))).selectByValue(agreement);
		browser.clickAndWaitForPage(By.id("issue-alert"));
		assertThat(browser.path()).startsWith("/alerts/");
		String id = browser.path().substring("/alerts/".length());
		assertThat(browser.text(By.id("alert-status"))).isEqualTo("UNDER_REVIEW");
		assertThat(browser.text(By.id("status"))).isEqualTo("Alert issued: it awaits compliance review before publication.");
		assertThat(browser.text(By.id("alert-flags-none"))).isEqualTo("The automatic checks raised no flag.");
		browser.signOut();

		browser.signIn(reviewer, Fixtures.PASSWORD);
		assertThat(browser.text(By.id("to-review"))).containsPattern("\\d+ alerts? awaits? your review|One alert awaits");
		browser.find(By.linkText("Review")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-queue")));
		browser.find(By.id("review-queue")).findElement(By.linkText(name)).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.clickAndWaitForPage(By.id("refuse"));
		assertThat(browser.text(By.id("status"))).isEqualTo("a refusal needs a reason");
		assertThat(browser.text(By.id("alert-status"))).isEqualTo("UNDER_REVIEW");
		browser.clickAndWaitForPage(By.id("approve"));
		assertThat(browser.path()).isEqualTo("/alerts/review");
		assertThat(browser.text(By.id("status"))).isEqualTo("Reviewed: " + name + " is now PUBLISHED.");
		assertThat(browser.find(By.id("review-queue")).findElements(By.linkText(name))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.signOut();

		browser.signIn(officer, Fixtures.PASSWORD);
		browser.open("/alerts/" + id);
		assertThat(browser.text(By.id("alert-status"))).isEqualTo("PUBLISHED");
		assertThat(browser.text(By.id("alert-reviewed"))).contains("Approved", reviewer);
		browser.clickAndWaitForPage(By.id("withdraw"));
		assertThat(browser.text(By.id("alert-status"))).isEqualTo("WITHDRAWN");
		assertThat(browser.text(By.id("alert-history"))).contains("WITHDRAWN", officer);
		assertThat(admin.get("/api/v1/alerts/" + id).status()).as("an admin of no agency").isIn(403, 404);
		assertThat(api.as(officer, Fixtures.PASSWORD).get("/api/v1/alerts/" + id).at("/status")).isEqualTo("WITHDRAWN");
		browser.find(By.linkText("Alerts")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts")));
		assertThat(browser.find(By.id("alerts")).findElement(By.xpath(".//tr[th/a='" + name + "']")).getText())
			.contains("WANTED_PERSON", "WITHDRAWN");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("console-alerts.png");
		browser.signOut();
	}
}
