package app.unknot.profile;

/**
 * A form sent a caution or muscle group the page never offered: only a hand-made request
 * does that, so it is refused as a whole with a 400.
 */
class UnknownChoiceException extends RuntimeException {

	private final String value;

	UnknownChoiceException(String value) {
		super("Unknown choice");
		this.value = value;
	}

	String getValue() {
		return value;
	}

}
