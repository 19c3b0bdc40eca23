package app.unknot.system;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.body;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class SitePagesTests {

	private final MockMvcTester mvc;

	SitePagesTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	private String ok(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		String body = body(result);
		assertInSiteLayout(body);
		assertRevealsNoInternals(body);
		return body;
	}

	@Test
	void homeShowsTheSuggestedDailyRoutineMuscleGroupsAndSafety() {
		assertThat(ok("/")).contains("Suggested for every day")
			.contains("href=\"/routines/daily-pelvic-relaxation\"")
			.contains("href=\"/muscles/adductors\"")
			.contains("href=\"/safety\"");
	}

	@Test
	void safetyPageListsWhoShouldNotStartTheStopSignsAndWhenToSeeAProfessional() {
		assertThat(ok("/safety")).contains("Stop at once if you feel")
			.contains("Dizziness")
			.contains("Nausea")
			.contains("Numbness")
			.contains("id=\"recent-surgery\"")
			.contains("id=\"pregnancy\"")
			.contains("id=\"hernia\"")
			.contains("When to see a professional");
	}

	@Test
	void pagesSendTheReferrerAndPermissionsPoliciesWithTheContentSecurityPolicy() {
		for (String uri : new String[] { "/", "/routines/desk-break/session", "/safety" }) {
			MvcTestResult result = mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
			// The player may keep the screen awake; nothing may use the camera,
			// microphone or location.
			assertThat(result.getResponse().getHeader("Permissions-Policy")).as(uri)
				.contains("screen-wake-lock=(self)", "camera=()", "microphone=()", "geolocation=()");
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(uri)
				.contains("default-src 'self'", "frame-ancestors 'none'");
		}
	}

	@Test
	void pagesLoadNothingFromOtherHosts() {
		for (String uri : new String[] { "/", "/routines", "/routines/desk-break", "/muscles", "/safety" }) {
			assertThat(ok(uri)).as(uri).doesNotContainPattern("(src|href)=\"(https?:)?//");
		}
	}

	/**
	 * Not the type the extension suggests: a browser or script must not take the page for
	 * code or data.
	 */
	@ParameterizedTest
	@ValueSource(
			strings = { "/routines/x.js", "/routines/x.json", "/routines/x.css", "/routines/x.xml", "/muscles/x.txt" })
	void anErrorPageForAnAddressWithAnExtensionIsStillHtml(String uri) {
		// As a script or style element asks for it.
		MvcTestResult result = mvc.get().uri(uri).accept(MediaType.ALL).exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType("text/html;charset=UTF-8");
		assertInSiteLayout(body(result));
	}

	@Test
	void wrongMethodIsA405WithoutInternals() {
		MvcTestResult result = mvc.post().uri("/routines").with(csrf()).exchange();
		assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertRevealsNoInternals(body(result));
	}

}
