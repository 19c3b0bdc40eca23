package app.unknot.system;

/**
 * Something named in the URL does not exist. Rendered as a 404 page in the site's layout.
 */
public class NotFoundException extends RuntimeException {

	/** Message key of the sentence that says what was not found, such as {@code notFound.routine}. */
	private final String messageKey;

	/** The identifier from the URL, shown (escaped) in the message. */
	private final String identifier;

	public NotFoundException(String messageKey, String identifier) {
		super(messageKey);
		this.messageKey = messageKey;
		this.identifier = identifier;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public String getIdentifier() {
		return identifier;
	}

}
