package app.unknot.catalog;

import static app.unknot.system.ResponseChecks.assertInSiteLayout;
import static app.unknot.system.ResponseChecks.assertRevealsNoInternals;
import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The safety guide: red flags in two tiers, the pressure scale, the practical sections
 * and the cautions by tier.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SafetyGuidePageTests {

	private static final List<String> GET_HELP_NOW = List.of("Numbness around your genitals or buttocks",
			"New difficulty passing urine, or losing control of your bladder or bowel",
			"Numbness, weakness or pins and needles in both legs", "Chest pain",
			"Pain after a serious fall or accident");

	private static final List<String> SEE_A_DOCTOR_SOON = List.of("A fever, or feeling hot and shivery",
			"Weight loss you cannot explain", "A lump or swelling",
			"Pain that is worse at night, or that never eases when you rest", "A history of cancer");

	private static final String MILD = "Tension that has not eased after a few weeks";

	private final MockMvcTester mvc;

	private String page;

	SafetyGuidePageTests(@Autowired MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void load() {
		MvcTestResult result = mvc.get().uri("/safety").exchange();
		assertThat(result).hasStatusOk();
		page = body(result);
		assertInSiteLayout(page);
		assertRevealsNoInternals(page);
	}

	/**
	 * The markup of the element with the given id, up to the end of the first section or
	 * article it opens.
	 */
	private String part(String id, String tag) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("id %s", id).isPositive();
		int open = page.lastIndexOf("<" + tag, start);
		int end = page.indexOf("</" + tag + ">", start);
		assertThat(open).as("<%s> of %s", tag, id).isPositive();
		return page.substring(open, end);
	}

	private static String item(String text) {
		return "<li>" + text + "</li>";
	}

	@Test
	void getHelpNowListsTheEmergencySignsAndWhatToDo() {
		String urgent = part("get-help-now", "section");
		assertThat(urgent).contains("Get help now").contains("Call your emergency number now").contains("hospital");
		GET_HELP_NOW.forEach(sign -> assertThat(urgent).contains(item(sign)));
		SEE_A_DOCTOR_SOON.forEach(sign -> assertThat(urgent).doesNotContain(sign));
	}

	@Test
	void seeADoctorSoonIsASeparateSectionWithItsOwnSigns() {
		String soon = part("see-a-doctor-soon", "section");
		assertThat(soon).contains("See a doctor soon").contains("within the next few days");
		SEE_A_DOCTOR_SOON.forEach(sign -> assertThat(soon).contains(item(sign)));
		GET_HELP_NOW.forEach(sign -> assertThat(soon).doesNotContain(sign));
		assertThat(soon).doesNotContain("bladder").doesNotContain("bowel");
	}

	@Test
	void theMildItemIsInTheCalmProfessionalListAndNeverNextToARedFlag() {
		assertThat(part("get-help-now", "section")).doesNotContain(MILD);
		assertThat(part("see-a-doctor-soon", "section")).doesNotContain(MILD);
		String professional = part("see-a-professional", "section");
		assertThat(professional).contains(MILD)
			.contains("physiotherapist")
			.contains("massage therapist")
			.doesNotContain("bladder")
			.doesNotContain("bowel");
		assertThat(page.indexOf(MILD)).isEqualTo(page.lastIndexOf(MILD));
	}

	@Test
	void pressureWordsArePointsOnTheZeroToTenScale() {
		String pressure = part("pressure", "section");
		assertThat(pressure).contains("How firmly to press")
			.contains("from 0 to 10")
			.contains("Light — 1 to 3 out of 10: a comfortable touch")
			.contains("Moderate — 4 to 5 out of 10: a clear, welcome ache that eases as you breathe out")
			.contains("Firm — 6 to 7 out of 10: strong but never sharp; never go above 7");
	}

	@Test
	void eachPracticalSectionHasItsHeadingAndAnIdToLinkTo() {
		assertThat(part("warm-up", "section")).contains("Warm up before deeper psoas work")
			.contains("heat pack")
			.contains("Walk around for 2 to 3 minutes.");
		assertThat(part("how-often", "section")).contains("How often and how long")
			.contains("Your hands")
			.contains("3 to 5 minutes for one area")
			.contains("A massage ball")
			.contains("5 to 10 minutes in all")
			.contains("A tool or foam roller")
			.contains("2 to 3 minutes for one area")
			.contains("Stay on one tender spot for 30 to 60 seconds.");
		assertThat(part("build-up", "section")).contains("How to build up").contains("Start with light pressure");
		assertThat(part("aftercare", "section")).contains("Afterwards and the next day")
			.contains("What is normal")
			.contains("What is not normal")
			.contains("Soreness that fades within 1 to 2 days");
		assertThat(part("see-a-professional", "section")).contains("When to see a professional")
			.contains("Who can help");
		for (String id : List.of("stop-signs-now", "back-pain-warning-signs", "cautions", "pressure", "warm-up",
				"how-often", "build-up", "aftercare", "see-a-professional")) {
			assertThat(page).as(id).contains("href=\"#" + id + "\"");
		}
	}

	@Test
	void cautionsAreListedUnderTheTiersTheScreeningUses() {
		String doNotStart = part("tier-do-not-start", "section");
		String askFirst = part("tier-ask-professional", "section");
		String adapt = part("tier-adapt", "section");
		assertThat(doNotStart).contains(">Do not start</h3>").contains("id=\"recent-surgery\"");
		assertThat(askFirst).contains(">Ask a professional first</h3>")
			.contains("id=\"hernia\"")
			.contains("id=\"pregnancy\"");
		assertThat(adapt).contains(">Adapt as you go</h3>")
			.contains("id=\"stop-signs\"")
			.contains("id=\"abdominal-pulse\"")
			.doesNotContain("id=\"hernia\"");
		assertThat(askFirst).contains("Asked before a session").contains("Do you have a hernia");
		assertThat(page.indexOf("id=\"tier-do-not-start\"")).isLessThan(page.indexOf("id=\"tier-ask-professional\""));
		assertThat(page.indexOf("id=\"tier-ask-professional\"")).isLessThan(page.indexOf("id=\"tier-adapt\""));
	}

	@Test
	void anUrgentCautionSaysGetHelpNowAndListsTheSignsItsQuestionAsksAbout() {
		String emergency = part("back-red-flags-emergency", "article");
		assertThat(part("tier-do-not-start", "section")).contains("id=\"back-red-flags-emergency\"");
		assertThat(emergency).contains("caution-urgent")
			.contains("A yes means: get help now")
			.contains("href=\"#get-help-now\"")
			.contains("<ul class=\"caution-signs\">")
			.contains(item("Chest pain"));
		String soon = part("back-red-flags-soon", "article");
		assertThat(soon).doesNotContain("get help now").contains(item("A lump or swelling"));
		assertThat(part("fever", "article")).doesNotContain("caution-signs").contains("Asked before a session");
		assertThat(part("bone", "article")).doesNotContain("Asked before a session");
	}

}
