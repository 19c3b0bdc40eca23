package app.unknot.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the site will not carry out because of what it asked for: something it names
 * does not exist (404), a value in it cannot be used (400), or the server cannot take it
 * just now (503). It carries the status, the message key of the sentence that says why,
 * and the value that could not be used, which the sentence quotes as <code>{0}</code>,
 * shortened; the templates and the JSON writer escape it. {@link RefusedRequests} answers
 * it: the site's error page for people, problem details for JSON clients.
 */
public class RequestRefusedException extends ErrorResponseException {

	/**
	 * Enough of a mistyped address or a hand-made value to recognise it, not a page of
	 * it.
	 */
	static final int MAX_SHOWN_LENGTH = 80;

	private final String value;

	/**
	 * The template that shows the refusal to people, {@code error} unless
	 * {@link #shownOn} says otherwise.
	 */
	private String page = RefusedRequests.ERROR_PAGE;

	/**
	 * @param messageKey the sentence that says why, from messages.properties
	 * @param value what could not be used, as it arrived, or null; the sentence's
	 * <code>{0}</code>
	 * @param moreArguments the sentence's <code>{1}</code> and on, such as a limit
	 */
	public RequestRefusedException(HttpStatus status, String messageKey, String value, Object... moreArguments) {
		super(status, ProblemDetail.forStatus(status), null, messageKey, arguments(value, moreArguments));
		this.value = value;
	}

	/** Something named in the address, such as a routine's slug, that does not exist. */
	public static RequestRefusedException notFound(String messageKey, String value) {
		return new RequestRefusedException(HttpStatus.NOT_FOUND, messageKey, value);
	}

	/** A value the site cannot use, such as a paper size it does not lay out for. */
	public static RequestRefusedException badRequest(String messageKey, String value, Object... moreArguments) {
		return new RequestRefusedException(HttpStatus.BAD_REQUEST, messageKey, value, moreArguments);
	}

	/** A header for the answer, such as {@code Retry-After}. */
	public RequestRefusedException withHeader(String name, String headerValue) {
		getHeaders().set(name, headerValue);
		return this;
	}

	/**
	 * A member of the JSON problem details next to the sentence, such as the report field
	 * that was wrong.
	 */
	public RequestRefusedException withProperty(String name, Object propertyValue) {
		getBody().setProperty(name, propertyValue);
		return this;
	}

	/**
	 * Shows the refusal to people on a page of its own rather than the site's error page.
	 * The template gets {@code status}, {@code detail} (the sentence) and the address's
	 * path variables, such as {@code slug}.
	 */
	public RequestRefusedException shownOn(String template) {
		this.page = template;
		return this;
	}

	/** What could not be used, as it arrived; escape it before showing it. */
	public String getValue() {
		return value;
	}

	String getPage() {
		return page;
	}

	/** Null without any, so that a sentence without placeholders is taken as written. */
	private static Object[] arguments(String value, Object[] moreArguments) {
		if (value == null && moreArguments.length == 0) {
			return null;
		}
		Object[] arguments = new Object[moreArguments.length + 1];
		arguments[0] = shorten(value);
		System.arraycopy(moreArguments, 0, arguments, 1, moreArguments.length);
		return arguments;
	}

	/**
	 * The first {@value #MAX_SHOWN_LENGTH} characters and "…"; never half of a character.
	 */
	static String shorten(String value) {
		if (value == null || value.codePointCount(0, value.length()) <= MAX_SHOWN_LENGTH) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN_LENGTH)) + "…";
	}

}
