package app.unknot.catalog;

/**
 * A session URL or form that cannot be understood, on a routine's page (which offers the
 * session lengths) or the session's own pages; shown as a 400 page that says why.
 */
public class BadSessionRequestException extends RuntimeException {

	private final String messageKey;

	private final String value;

	public BadSessionRequestException(String messageKey, String value) {
		super(messageKey);
		this.messageKey = messageKey;
		this.value = value;
	}

	String getMessageKey() {
		return messageKey;
	}

	String getValue() {
		return value;
	}

}
