package app.unknot.editor;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Addresses for new routines, made from their titles. A private routine's address gets a
 * random tail, so it says nothing about how many routines exist and cannot be guessed
 * from its title; a catalog routine's stays readable and gets a number only when taken.
 */
final class Slugs {

	private static final int MAX_BASE = 60;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final int RANDOM_TAIL = 8;

	private static final SecureRandom random = new SecureRandom();

	private Slugs() {
	}

	/**
	 * "Hip & psoas — evening" → "hip-psoas-evening"; "routine" when nothing usable is
	 * left.
	 */
	static String base(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_BASE) {
			slug = slug.substring(0, MAX_BASE).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "routine" : slug;
	}

	static String forPrivate(String title, Predicate<String> taken) {
		String slug;
		do {
			StringBuilder tail = new StringBuilder(RANDOM_TAIL);
			for (int i = 0; i < RANDOM_TAIL; i++) {
				tail.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			slug = base(title) + "-" + tail;
		}
		while (taken.test(slug));
		return slug;
	}

	static String forCatalog(String title, Predicate<String> taken) {
		String base = base(title);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
