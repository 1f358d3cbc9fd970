package org.liaison.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.liaison.support.IntegrationTest;

/** A journey in headless Chromium: a fresh browser per test against the shared node. */
abstract class BrowserTest extends IntegrationTest {

	protected Browser browser;

	@BeforeEach
	void startBrowser() throws IOException {
		browser = Browser.start(port);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}
}
