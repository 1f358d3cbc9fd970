package org.liaison.bench.people;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic travel document numbers with their issuing country, in the shapes countries use (two
 * letters and seven digits, nine digits, letters and digits mixed...): document {@code i} of seed
 * {@code s} is always the same.
 */
public final class DocumentGenerator {

	/** A passport or identity card number and its issuing country. */
	public record TravelDocument(String schema, String number, String country) {
	}

	private static final List<String> COUNTRIES = List.of("DE", "FR", "IT", "ES", "PL", "RO", "NL", "BE", "GR", "PT", "CZ",
			"HU", "SE", "AT", "BG", "DK", "FI", "SK", "IE", "HR", "LT", "SI", "LV", "EE", "CY", "LU", "MT", "GB", "UA", "TR",
			"RU", "US", "CN", "IN", "NG", "MA", "DZ", "SY", "IQ", "AF");
	private static final List<String> SHAPES = List.of("LLDDDDDDD", "DDDDDDDDD", "DDLLDDDDD", "LDDDDDDDD", "LLLDDDDDD",
			"AAAAAAAAA", "LDDDDDDD");
	private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
	private static final String ALNUM = "0123456789CFGHJKLMNPRTVWXYZ";

	private final long seed;

	public DocumentGenerator(long seed) {
		this.seed = seed;
	}

	public TravelDocument generate(long index) {
		SplittableRandom r = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + index);
		String country = COUNTRIES.get(PersonGenerator.skew(r, COUNTRIES.size()));
		String shape = SHAPES.get(Math.floorMod(country.hashCode(), SHAPES.size()));
		StringBuilder n = new StringBuilder(shape.length());
		for (int i = 0; i < shape.length(); i++) {
			n.append(switch (shape.charAt(i)) {
				case 'L' -> LETTERS.charAt(r.nextInt(LETTERS.length()));
				case 'D' -> (char) ('0' + r.nextInt(10));
				default -> ALNUM.charAt(r.nextInt(ALNUM.length()));
			});
		}
		return new TravelDocument(r.nextInt(100) < 70 ? "Passport" : "Identification", n.toString(), country);
	}
}
