package org.liaison.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load over HTTP: N clients, each in a loop creating a record and disclosing it to a partner agency
 * (both audited), against a running node. Prints disclosures per second and latency percentiles of the
 * disclosure call and of the create-and-disclose pair.
 *
 * <p>Usage: {@code DisclosureLoad <baseUrl> <adminPassword> [clients=2] [seconds=30] [warmupSeconds=10]}
 */
public final class DisclosureLoad {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String adminAuth = basic("admin", args[1]);
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 2;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;

		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		String[] pair = twoUnusedCountries(base, adminAuth);
		String from = pair[0] + ".LOAD" + suffix;
		String to = pair[1] + ".LOAD" + suffix;
		expect(201, post(base, "/api/v1/agencies", adminAuth, agency(from, pair[0])));
		expect(201, post(base, "/api/v1/agencies", adminAuth, agency(to, pair[1])));
		String agreement = "LOAD-" + suffix;
		expect(201, post(base, "/api/v1/agreements", adminAuth, """
				{"id":"%s","title":"Load test agreement","kind":"BILATERAL","status":"IN_FORCE","validFrom":"2020-01-01",
				 "parties":[{"party":"%s","boundFrom":"2020-01-01"},{"party":"%s","boundFrom":"2020-01-01"}],
				 "categories":["PERSON"],"purposes":["TERRORISM"],"maxClassification":"CONFIDENTIAL",
				 "onwardTransfer":"FORBIDDEN","retentionDays":365,"articles":[{"number":"5","text":"Exchange of information on persons."}]}"""
			.formatted(agreement, pair[0], pair[1])));
		String officer = "load" + suffix.toLowerCase();
		expect(201, post(base, "/api/v1/agencies/" + from + "/users", adminAuth,
				"{\"username\":\"%s\",\"password\":\"load-password-123\",\"roles\":[\"OFFICER\"]}".formatted(officer)));
		HttpResponse<String> token = post(base, "/api/v1/me/tokens", basic(officer, "load-password-123"), "{\"name\":\"load\"}");
		expect(201, token);
		String bearer = "Bearer " + match(SECRET, token.body());

		Stats warm = run(base, bearer, to, clients, warmup);
		System.out.printf("warm-up: %d disclosures in %ds%n", warm.count(), warmup);
		Stats stats = run(base, bearer, to, clients, seconds);
		System.out.printf("clients=%d duration=%ds disclosures=%d errors=%d%n", clients, seconds, stats.count(), stats.errors.get());
		System.out.printf("disclosures/s=%.0f%n", stats.count() / (double) seconds);
		System.out.printf("disclose latency ms: p50=%.2f p95=%.2f p99=%.2f max=%.2f%n", stats.disclose(50), stats.disclose(95),
				stats.disclose(99), stats.disclose(100));
		System.out.printf("create+disclose latency ms: p50=%.2f p95=%.2f p99=%.2f%n", stats.pair(50), stats.pair(95), stats.pair(99));
	}

	private static Stats run(String base, String bearer, String to, int clients, int seconds) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		Stats stats = new Stats(clients);
		Thread[] threads = new Thread[clients];
		for (int c = 0; c < clients; c++) {
			int client = c;
			threads[c] = new Thread(() -> {
				String retention = LocalDate.now().plusYears(1).toString();
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					try {
						String name = "Person " + ThreadLocalRandom.current().nextInt(1_000_000);
						HttpResponse<String> created = post(base, "/api/v1/records", bearer, """
								{"schema":"Person","properties":{"name":["%s"],"birthDate":["1980-05-01"],"nationality":["ru"]},
								 "markings":{"classification":"RESTRICTED","tlp":"AMBER","handlingCodes":["H1"],"sourceReliability":"B","informationCredibility":"2"},
								 "purposes":["TERRORISM"],"retentionUntil":"%s"}""".formatted(name, retention));
						if (created.statusCode() != 201) {
							stats.errors.incrementAndGet();
							continue;
						}
						long t1 = System.nanoTime();
						HttpResponse<String> disclosed = post(base, "/api/v1/records/" + match(ID, created.body()) + "/disclosures",
								bearer, "{\"to\":\"" + to + "\",\"purpose\":\"TERRORISM\"}");
						long t2 = System.nanoTime();
						if (disclosed.statusCode() != 201) {
							stats.errors.incrementAndGet();
							continue;
						}
						stats.record(client, t2 - t1, t2 - t0);
					}
					catch (Exception e) {
						stats.errors.incrementAndGet();
					}
				}
			});
			threads[c].start();
		}
		for (Thread t : threads) {
			t.join();
		}
		return stats;
	}

	private static String[] twoUnusedCountries(String base, String auth) throws Exception {
		String agencies = get(base, "/api/v1/agencies", auth).body();
		String[] iso = java.util.Locale.getISOCountries();
		String[] out = new String[2];
		int found = 0;
		int start = ThreadLocalRandom.current().nextInt(iso.length);
		for (int i = 0; i < iso.length && found < 2; i++) {
			String c = iso[(start + i) % iso.length];
			if (!agencies.contains("\"" + c + ".")) {
				out[found++] = c;
			}
		}
		return out;
	}

	private static String agency(String id, String country) {
		return "{\"id\":\"%s\",\"name\":\"Load %s\",\"country\":\"%s\",\"kind\":\"POLICE\"}".formatted(id, id, country);
	}

	static HttpResponse<String> post(String base, String path, String auth, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(String base, String path, String auth) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
			.timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static void expect(int status, HttpResponse<String> r) {
		if (r.statusCode() != status) {
			throw new IllegalStateException("expected " + status + " but got " + r.statusCode() + ": " + r.body());
		}
	}

	private static String match(Pattern p, String body) {
		Matcher m = p.matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("no match in " + body);
		}
		return m.group(1);
	}

	private static final class Stats {

		final long[][] disclose;
		final long[][] pair;
		final int[] counts;
		final AtomicLong errors = new AtomicLong();

		Stats(int clients) {
			disclose = new long[clients][1 << 21];
			pair = new long[clients][1 << 21];
			counts = new int[clients];
		}

		void record(int client, long discloseNanos, long pairNanos) {
			int i = counts[client];
			if (i < disclose[client].length) {
				disclose[client][i] = discloseNanos;
				pair[client][i] = pairNanos;
				counts[client] = i + 1;
			}
		}

		long count() {
			return Arrays.stream(counts).sum();
		}

		double disclose(double percentile) {
			return percentile(disclose, percentile);
		}

		double pair(double percentile) {
			return percentile(pair, percentile);
		}

		private double percentile(long[][] samples, double p) {
			long[] all = new long[(int) count()];
			int k = 0;
			for (int c = 0; c < counts.length; c++) {
				System.arraycopy(samples[c], 0, all, k, counts[c]);
				k += counts[c];
			}
			if (all.length == 0) {
				return Double.NaN;
			}
			Arrays.sort(all);
			int index = (int) Math.min(all.length - 1, Math.ceil(p / 100.0 * all.length) - 1);
			return all[Math.max(0, index)] / 1e6;
		}
	}
}
