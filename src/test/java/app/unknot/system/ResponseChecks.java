package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What no response may ever show a visitor. */
public final class ResponseChecks {

	private ResponseChecks() {
	}

	/** The response body as the browser would decode it. */
	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The body of a successful page, after checking it is in the site layout and shows no
	 * internals.
	 */
	public static String okSitePage(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		return body;
	}

	public static void assertRevealsNoInternals(String body) {
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContain("at app.unknot.")
			.doesNotContain("at org.springframework.")
			.doesNotContainPattern("(?i)\\bselect\\b.+\\bfrom\\b")
			.doesNotContain("Whitelabel")
			.doesNotContain("org.hibernate");
	}

	public static void assertInSiteLayout(String body) {
		assertThat(body).contains("class=\"site-header\"").contains("not medical advice").contains("href=\"/safety\"");
	}

}
