package app.unknot.session;

/** A session URL or form that cannot be understood; shown as a 400 page that says why. */
class BadSessionRequestException extends RuntimeException {

	private final String messageKey;

	private final String value;

	BadSessionRequestException(String messageKey, String value) {
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
