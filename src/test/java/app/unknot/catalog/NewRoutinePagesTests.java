package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages of the routines V9 adds, and the tier a routine gives each of its cautions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewRoutinePagesTests {

	private final MockMvcTester mvc;

	NewRoutinePagesTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	private String ok(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	@Test
	void theNewRoutinesHaveTheirPagesAndSteps() {
		assertThat(ok("/routines/psoas-ball-lying-on-back")).contains("Psoas ball release on your back")
			.contains("Ease the ball down");
		assertThat(ok("/routines/piriformis-glute-stretches")).contains("Figure-four stretch")
			.contains("Seated buttock stretch");
		assertThat(ok("/routines/glute-hamstring-strength")).contains("Glute bridge").contains("Clamshell");
		assertThat(ok("/muscles/glutes")).contains("/routines/piriformis-glute-stretches")
			.contains("/routines/glute-hamstring-strength");
	}

	@Test
	void aRoutinePageShowsTheTierThatRoutineGivesACaution() {
		assertThat(tierList(ok("/routines/psoas-ball-lying-on-back"), "Do not start with")).contains(">Pregnancy<");
		String strength = ok("/routines/glute-hamstring-strength");
		assertThat(tierList(strength, "Ask a professional first if you have")).contains(">Pregnancy<");
		assertThat(tierList(strength, "Adapt as you go")).contains(">Osteoporosis or fragile bones<")
			.doesNotContain(">Pregnancy<");
	}

	/** The list of cautions under one tier's heading on a routine page. */
	private static String tierList(String page, String heading) {
		String from = page.substring(page.indexOf(heading + "</h3>"));
		return from.substring(0, from.indexOf("</ul>"));
	}

}
