package org.liaison.messaging;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may point: only to public addresses, so that an agency's webhook cannot make the node
 * call into its own network (server-side request forgery). A host is refused when any address it resolves
 * to is loopback, unspecified, link-local (the cloud metadata address 169.254.169.254 among them),
 * site-local or private, shared (100.64.0.0/10, where Alibaba's metadata lives), multicast, broadcast or
 * reserved, or an IPv6 unique-local address (fc00::/7, where AWS's fd00:ec2::254 lives); IPv4 addresses
 * inside IPv6 (mapped, compatible, NAT64) are judged as IPv4. Checked when the webhook is set and again
 * before each delivery, as DNS may answer differently later. {@code liaison.messaging.webhook-allow-private-addresses}
 * (development and tests only) turns the check off.
 */
@Component
public class WebhookAddresses {

	private final boolean allowPrivate;

	WebhookAddresses(@Value("${liaison.messaging.webhook-allow-private-addresses:false}") boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/** Why the host may not be called (it does not resolve, or resolves to a refused address), or empty. */
	public Optional<String> refusal(String host) {
		if (allowPrivate) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			return Optional.of("the host does not resolve");
		}
		return Arrays.stream(addresses).filter(WebhookAddresses::isRefused).findFirst()
			.map(a -> "the host resolves to a private, local or reserved address");
	}

	static boolean isRefused(InetAddress a) {
		if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
				|| a.isMulticastAddress()) {
			return true;
		}
		byte[] b = a.getAddress();
		if (a instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
					|| (first == 198 && (second & 0xfe) == 18) || first >= 240;
		}
		if (a instanceof Inet6Address six) {
			if ((b[0] & 0xfe) == 0xfc) {
				return true;
			}
			boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
			boolean zeros = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
			boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			if (nat64 || mapped || six.isIPv4CompatibleAddress()) {
				try {
					return isRefused(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
				}
				catch (UnknownHostException e) {
					return true;
				}
			}
		}
		return false;
	}
}
