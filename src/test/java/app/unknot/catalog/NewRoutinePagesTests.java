package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages of the routines V9 adds, and the tier a routine gives each of its cautions. */
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
		assertThat(ok("/routines/psoas-ball-lying-on-back")).contains("Psoas release with a ball, lying on your back")
			.contains("Ease the ball down");
		assertThat(ok("/routines/piriformis-glute-stretches")).contains("Figure-four stretch")
			.contains("Seated buttock stretch");
		assertThat(ok("/routines/glute-hamstring-strength")).contains("Glute bridge").contains("Clamshell");
		assertThat(ok("/muscles/glutes")).contains("/routines/piriformis-glute-stretches")
			.contains("/routines/glute-hamstring-strength");
	}

	@Test
	void aRoutinePageShowsTheTierThatRoutineGivesACaution() {
		assertThat(ok("/routines/psoas-ball-lying-on-back"))
			.containsPattern("Pregnancy</a>\\s*<span class=\"caution-action\">— Do not start</span>");
		assertThat(ok("/routines/glute-hamstring-strength"))
			.containsPattern("Pregnancy</a>\\s*<span class=\"caution-action\">— Ask a professional first</span>")
			.containsPattern("Osteoporosis or fragile bones</a>\\s*<span class=\"caution-action\">— Adapt as you go</span>");
	}

}
