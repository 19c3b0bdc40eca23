package app.unknot.sheet;

/** A {@code paper} request parameter that names no paper size we lay out for. Shown as a 400 page. */
public class UnknownPaperException extends RuntimeException {

	private final String value;

	public UnknownPaperException(String value) {
		super("Unknown paper size");
		this.value = value;
	}

	/** The value as it arrived; escape it before showing it. */
	public String getValue() {
		return value;
	}

}
