package org.liaison.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which hosts a webhook may call: public ones only, unless the development switch allows private ones. */
class WebhookAddressesTest {

	final WebhookAddresses strict = new WebhookAddresses(false);

	@Test
	void refusesLoopbackPrivateLinkLocalMetadataMulticastAndReservedAddresses() {
		for (String host : new String[] { "127.0.0.1", "127.8.9.10", "localhost", "0.0.0.0", "10.1.2.3", "172.16.0.1",
				"172.31.255.255", "192.168.1.1", "169.254.169.254", "100.100.100.200", "100.64.0.1", "224.0.0.1",
				"255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.170", "[::1]", "[::]", "[fe80::1]", "[fc00::1]",
				"[fd00:ec2::254]", "[ff02::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "[64:ff9b::a9fe:a9fe]",
				"[::ffff:169.254.169.254]" }) {
			assertThat(strict.refusal(host)).as(host).isPresent();
		}
	}

	@Test
	void allowsPublicAddressesAndEverythingUnderTheDevelopmentSwitch() {
		for (String host : new String[] { "93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "[2606:4700::1111]",
				"[64:ff9b::808:808]" }) {
			assertThat(strict.refusal(host)).as(host).isEmpty();
		}
		assertThat(new WebhookAddresses(true).refusal("127.0.0.1")).isEmpty();
	}

	@Test
	void refusesAHostThatDoesNotResolve() {
		assertThat(strict.refusal("no-such-host.invalid")).contains("the host does not resolve");
	}
}
