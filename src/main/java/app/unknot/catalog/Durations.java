package app.unknot.catalog;

import org.springframework.stereotype.Component;

/** Formats seconds for people; exposed to templates as {@code @durations}. */
@Component("durations")
public class Durations {

	/** Clock style, such as {@code 2:00} or {@code 12:05}. */
	public String clock(int seconds) {
		return "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

	/**
	 * Whole minutes, rounded up so that a routine labelled "8 min" is found by a filter
	 * of at most 8 minutes.
	 */
	public int minutes(int seconds) {
		return (seconds + 59) / 60;
	}

}
