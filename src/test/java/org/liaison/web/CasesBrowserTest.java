package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.support.Api;
import org.liaison.support.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cases in the console: an officer composes a request with a record and an attachment, the partner reads
 * it in its inbox (live notification included), answers, and the sender sees it answered; overdue
 * requests are listed; HTML in a message is shown as text and never runs.
 */
class CasesBrowserTest extends BrowserTest {

	@Test
	void officerComposesARequestThePartnerAnswersAndTheSenderSeesItAnswered() throws IOException {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String de = fixtures.agency(c1, "POLICE");
		String fr = fixtures.agency(c2, "POLICE");
		String deUser = fixtures.user(de, "OFFICER");
		String frUser = fixtures.user(fr, "OFFICER");
		String agreement = fixtures.agreement(c1, c2).create();
		Api deApi = api.as(deUser, Fixtures.PASSWORD);
		String record = deApi.post("/api/v1/records", Fixtures.person("Ivan Petrov", "AMBER", "RESTRICTED", List.of())).at("/id");
		Path pdf = Files.createTempFile("report", ".pdf");
		Files.writeString(pdf, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
		String hostile = "<script>window.pwned = 1</script><b>not bold</b>";
		String subject = "Console case " + Fixtures.unique("S");

		browser.signIn(deUser, Fixtures.PASSWORD);
		browser.open("/cases/new");
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("subject")).sendKeys(subject);
		new Select(browser.find(By.id("parties"))).selectByValue(fr);
		new Select(browser.find(By.id("legalBasis"))).selectByValue(agreement);
		new Select(browser.find(By.id("type"))).selectByValue("REQUEST");
		browser.find(By.id("urgent")).click();
		new Select(browser.find(By.id("accessibility"))).selectByValue("DIRECT");
		browser.find(By.id("body")).sendKeys(hostile);
		browser.find(By.cssSelector("input[name=records][value='" + record + "']")).click();
		browser.find(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
		browser.clickAndWaitForPage(By.id("send"));

		assertThat(browser.text(By.id("status"))).startsWith("Case " + de + "-").endsWith("opened and its first message sent.");
		assertThat(browser.text(By.id("case-subject"))).isEqualTo(subject);
		assertThat(browser.text(By.cssSelector(".message-body"))).isEqualTo(hostile);
		assertThat(((JavascriptExecutor) browser.driver).executeScript("return typeof window.pwned")).isEqualTo("undefined");
		assertThat(browser.driver.findElements(By.cssSelector(".message-body b"))).isEmpty();
		assertThat(browser.text(By.cssSelector(".attachments"))).contains(pdf.getFileName().toString(), "application/pdf");
		assertThat(browser.text(By.cssSelector(".receipts"))).contains(fr, "delivered", "unread", "h");
		assertThat(browser.find(By.cssSelector(".receipts .deadline")).getText()).matches("7 h 5\\d min left|8 h 0 min left");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("console-case.png");
		browser.signOut();

		browser.signIn(frUser, Fixtures.PASSWORD);
		assertThat(browser.find(By.id("due-requests")).getText()).as("the dashboard lists the request to answer")
			.contains(subject, de).containsPattern("7 h 5\\d min left|8 h 0 min left");
		browser.open("/cases/inbox");
		assertThat(browser.unlabelledFields()).isEmpty();
		var row = browser.find(By.id("inbox")).findElement(By.xpath(".//tr[contains(., '" + subject + "')]"));
		assertThat(row.getAttribute("class")).contains("unread");
		assertThat(row.getText()).contains("REQUEST", "URGENT", de, "TLP:AMBER RESTRICTED");

		// a notification arrives live while the inbox is open
		Api.Response other = deApi.post("/api/v1/cases", Map.of("subject", "Heads-up " + Fixtures.unique("L"), "parties", List.of(fr),
				"category", "PERSON", "purpose", "TERRORISM", "legalBasis", agreement, "classification", "RESTRICTED", "tlp", "AMBER",
				"message", Map.of("type", "NOTIFICATION", "body", "heads up")));
		assertThat(other.status()).as(other.text()).isEqualTo(201);
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.id("live-notifications"), "NOTIFICATION from " + de));
		browser.screenshot("console-inbox.png");

		browser.clickAndWaitForPage(By.linkText(browser.find(By.xpath("//tr[contains(., '" + subject + "')]//a")).getText()));
		assertThat(browser.text(By.cssSelector(".message-body"))).isEqualTo(hostile);
		assertThat(browser.text(By.cssSelector(".message a[href^='/records/']"))).isEqualTo(record);
		new Select(browser.find(By.id("type"))).selectByValue("ANSWER");
		browser.find(By.id("body")).sendKeys("We hold nothing on him.");
		browser.clickAndWaitForPage(By.id("send"));
		assertThat(browser.text(By.id("status"))).isEqualTo("Message sent.");
		assertThat(browser.driver.findElements(By.cssSelector("article.message"))).hasSize(2);
		assertThat(api.as(frUser, Fixtures.PASSWORD).get("/api/v1/records/" + record).status())
			.as("the referenced record was disclosed with the message").isEqualTo(200);
		browser.signOut();

		browser.signIn(deUser, Fixtures.PASSWORD);
		browser.open("/cases/outbox");
		var sent = browser.find(By.id("outbox")).findElement(By.xpath(".//tr[contains(., '" + subject + "')]"));
		assertThat(sent.getText()).contains(fr, "read", "answered", "answered in time");
		browser.open("/cases?q=" + subject.substring(subject.lastIndexOf(' ') + 1));
		assertThat(browser.find(By.id("cases")).getText()).contains(subject).doesNotContain("Heads-up");
		browser.screenshot("console-outbox.png");
		browser.signOut();
	}

	@Test
	void officerFindsACaseByFoldedWordsAddsAPartyOnlyUnderAnAgreementAndClosesIt() throws IOException {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String c3 = Fixtures.freshCountry();
		String de = fixtures.agency(c1, "POLICE");
		String fr = fixtures.agency(c2, "POLICE");
		String es = fixtures.agency(c3, "POLICE");
		String agreement = fixtures.agreement(c1, c2).create();
		String deUser = fixtures.user(de, "OFFICER");
		String word = Fixtures.unique("W");
		Api.Response opened = api.as(deUser, Fixtures.PASSWORD).post("/api/v1/cases", Map.of("subject", "Convoy near Zürich " + word,
				"parties", List.of(fr), "category", "PERSON", "purpose", "TERRORISM", "legalBasis", agreement,
				"classification", "RESTRICTED", "tlp", "AMBER", "message", Map.of("type", "NOTIFICATION", "body", "Seen at the Bahnhof")));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);

		browser.signIn(deUser, Fixtures.PASSWORD);
		browser.open("/cases/outbox");
		assertThat(browser.unlabelledFields()).isEmpty();
		browser.find(By.id("q")).sendKeys("ZURICH bahn* " + word.toLowerCase());
		browser.clickAndWaitForPage(By.cssSelector("#box-search button"));
		assertThat(browser.find(By.id("cases")).getText()).contains("Convoy near Zürich " + word);
		browser.clickAndWaitForPage(By.linkText(opened.at("/caseFile/reference")));

		new Select(browser.find(By.id("agency"))).selectByValue(es);
		browser.clickAndWaitForPage(By.id("add-party"));
		assertThat(browser.text(By.id("status"))).startsWith("Denied");
		assertThat(browser.text(By.cssSelector(".facts"))).doesNotContain(es);

		fixtures.agreement(c1, c3).create();
		new Select(browser.find(By.id("agency"))).selectByValue(es);
		browser.clickAndWaitForPage(By.id("add-party"));
		assertThat(browser.text(By.id("status"))).startsWith(es + " added to the case. Permitted under");
		assertThat(browser.text(By.cssSelector(".facts"))).contains(es);
		browser.screenshot("console-case-party.png");

		browser.find(By.id("reason")).sendKeys("Convoy stopped.");
		browser.clickAndWaitForPage(By.id("close-case"));
		assertThat(browser.text(By.id("case-status"))).isEqualTo("CLOSED");
		assertThat(browser.driver.findElements(By.id("reply-form"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		browser.signOut();
	}

	@Test
	void overdueRequestsAreListedWithTimeOverdue() {
		String c1 = Fixtures.freshCountry();
		String c2 = Fixtures.freshCountry();
		String de = fixtures.agency(c1, "POLICE");
		String fr = fixtures.agency(c2, "POLICE");
		String agreement = fixtures.agreement(c1, c2).create();
		Api deApi = api.as(fixtures.user(de, "OFFICER"), Fixtures.PASSWORD);
		String frUser = fixtures.user(fr, "OFFICER");
		Api.Response opened = deApi.post("/api/v1/cases", Map.of("subject", "Late one", "parties", List.of(fr), "category", "PERSON",
				"purpose", "TERRORISM", "legalBasis", agreement, "classification", "RESTRICTED", "tlp", "AMBER",
				"message", Map.of("type", "REQUEST", "body", "please", "urgent", true, "accessibility", "DIRECT")));
		jdbc.sql("UPDATE msg_recipient SET due_at = ? WHERE message_id = ?")
			.params(OffsetDateTime.now().minusHours(2), opened.at("/messages/0/id")).update();

		browser.signIn(frUser, Fixtures.PASSWORD);
		browser.open("/cases/overdue");
		var row = browser.find(By.id("overdue")).findElement(By.xpath(".//tr[contains(., 'Late one')]"));
		assertThat(row.findElement(By.cssSelector(".deadline")).getText()).startsWith("overdue by 2 h");
		assertThat(row.findElement(By.cssSelector(".deadline")).getAttribute("class")).contains("deadline-overdue");
		browser.signOut();
	}
}
