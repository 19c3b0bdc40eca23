package app.unknot.history;

/** A session report that is well-formed but does not fit the routine, the clock or the calendar. */
class InvalidReportException extends RuntimeException {

	private final String field;

	private final String messageKey;

	InvalidReportException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String getField() {
		return field;
	}

	String getMessageKey() {
		return messageKey;
	}

}
