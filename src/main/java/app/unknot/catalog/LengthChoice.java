package app.unknot.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The session lengths a person can pick for a routine, each a {@code ?minutes=} value,
 * and which one is picked. Offered: the routine as written ("full"), and the lengths of
 * {@link #OFFERED} that are at least {@link #MIN_SAVING_SECONDS} shorter, since a session
 * a minute shorter is not worth a choice. A length asked for by address that is not among
 * them is listed too, so the current choice is always one of the options.
 *
 * @param minutes the chosen length, or null for the routine as written
 * @param fullSeconds the routine's step time as written, which {@code ?minutes=} scales
 * @param options shortest first
 */
public record LengthChoice(Integer minutes, int fullSeconds, List<Option> options) {

	static final List<Integer> OFFERED = List.of(5, 10, 15, 20, 30, 45, 60);

	static final int MIN_SAVING_SECONDS = 2 * 60;

	/** One length to pick: {@code minutes} null for the routine as written. */
	public record Option(Integer minutes, boolean current) {

		public boolean isFull() {
			return minutes == null;
		}

	}

	public LengthChoice {
		options = List.copyOf(options);
	}

	/**
	 * The choice for a routine page's {@code ?minutes=}: absent or blank is the routine
	 * as written; anything but a whole number of minutes in range is the session's 400
	 * page.
	 */
	public static LengthChoice parse(Routine routine, String rawMinutes) {
		return of(routine.getTotalSeconds(), SessionLength.parse(rawMinutes));
	}

	public static LengthChoice of(int fullSeconds, Integer chosen) {
		List<Option> options = new ArrayList<>();
		options.add(new Option(null, chosen == null));
		for (int offered : OFFERED) {
			if (offered * 60 <= fullSeconds - MIN_SAVING_SECONDS) {
				options.add(new Option(offered, Integer.valueOf(offered).equals(chosen)));
			}
		}
		if (chosen != null && options.stream().noneMatch(Option::current)) {
			options.add(new Option(chosen, true));
		}
		options.sort(Comparator.comparingInt(option -> option.isFull() ? fullSeconds : option.minutes() * 60));
		return new LengthChoice(chosen, fullSeconds, options);
	}

	/** Worth showing: there is more than the routine as written to pick. */
	public boolean isOffered() {
		return options.size() > 1;
	}

}
