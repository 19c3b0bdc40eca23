package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * The step illustrations: the catalog's choices, their files, their text alternatives,
 * their markup.
 */
@SpringBootTest
@Transactional
class IllustrationsTests {

	private final Illustrations illustrations;

	private final EntityManager entityManager;

	private final MessageSource messages;

	IllustrationsTests(@Autowired Illustrations illustrations, @Autowired EntityManager entityManager,
			@Autowired MessageSource messages) {
		this.illustrations = illustrations;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	private List<Routine> catalog() {
		return entityManager
			.createQuery("SELECT DISTINCT r FROM Routine r LEFT JOIN FETCH r.steps WHERE r.ownerId IS NULL",
					Routine.class)
			.getResultList();
	}

	@Test
	void theCatalogShowsAtLeastTwentyFiveDistinctIllustrations() {
		Set<String> shown = new TreeSet<>();
		for (Routine routine : catalog()) {
			routine.getSteps().forEach(step -> shown.add(illustrations.forStep(step)));
		}
		assertThat(shown).hasSizeGreaterThanOrEqualTo(25);
	}

	/**
	 * A catalog step shows the drawing chosen for it, never the stand-in for its
	 * position.
	 */
	@Test
	void everyCatalogStepShowsItsOwnChoiceDrawnForItsPositionAndEquipment() {
		List<String> unchosen = entityManager
			.createNativeQuery("SELECT r.slug || ' ' || s.step_order FROM step s JOIN routine r ON r.id = s.routine_id"
					+ " WHERE r.owner_id IS NULL AND s.illustration IS NULL", String.class)
			.getResultList();
		assertThat(unchosen).isEmpty();
		for (Routine routine : catalog()) {
			for (Step step : routine.getSteps()) {
				String stored = (String) entityManager
					.createNativeQuery("SELECT illustration FROM step WHERE id = ?1", String.class)
					.setParameter(1, step.getId())
					.getSingleResult();
				assertThat(illustrations.forStep(step)).as(routine.getSlug() + " " + step.getOrder()).isEqualTo(stored);
			}
		}
	}

	@Test
	void everyRoutineHasACoverAmongItsStepsIllustrations() {
		for (Routine routine : catalog()) {
			assertThat(routine.getCoverIllustration()).as(routine.getSlug()).isNotNull();
			assertThat(routine.getSteps().stream().map(illustrations::forStep)).as(routine.getSlug())
				.contains(illustrations.cover(routine));
		}
	}

	@Test
	void everyIllustrationHasAFileAndATextAlternative() {
		assertThat(illustrations.ids()).hasSizeGreaterThanOrEqualTo(25);
		for (String id : illustrations.ids()) {
			assertThat(illustrations.svg(id)).as(id).startsWith("<svg").contains("viewBox=\"0 0 160 120\"");
			String alt = messages.getMessage(illustrations.altKey(id), null, "", Locale.UK);
			assertThat(alt).as(id).isNotBlank().doesNotContain("illustration.");
		}
	}

	/**
	 * The site's Content-Security-Policy forbids inline styles, and a drawing has no
	 * business running code.
	 */
	@Test
	void noIllustrationFileHasStylesScriptsOrEventHandlers() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:illustrations/*.svg");
		assertThat(files).hasSizeGreaterThanOrEqualTo(25);
		for (Resource file : files) {
			String svg = file.getContentAsString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
			assertThat(svg).as(file.getFilename())
				.doesNotContain("style=", "<style", "<script", "javascript:", " on", "href=");
			assertThat(illustrations.ids()).contains(file.getFilename().replace(".svg", ""));
		}
	}

	/**
	 * Own routines have no stored choice: each step shows the drawing for its position
	 * and equipment.
	 */
	@Test
	void aStepWithoutAChoiceShowsTheStandInForItsPositionAndEquipment() {
		Routine routine = catalog().get(0);
		Step seatedWithRoller = new Step(routine, 99,
				new StepContent(LocalizedText.english("Roll"), LocalizedText.english("Roll slowly."), Technique.ROLLING,
						Pressure.LIGHT, Position.SEATED, Equipment.FOAM_ROLLER, LocalizedText.english(null),
						new StepTiming(Timing.DURATION, 60, null, null, null, null, null, false), Set.of(),
						LocalizedText.english(null), false, null));
		Step kneelingWithBall = new Step(routine, 100,
				new StepContent(LocalizedText.english("Press"), LocalizedText.english("Press."),
						Technique.SUSTAINED_PRESSURE, Pressure.LIGHT, Position.KNEELING, Equipment.BALL,
						LocalizedText.english(null),
						new StepTiming(Timing.DURATION, 60, null, null, null, null, null, false), Set.of(),
						LocalizedText.english(null), false, null));
		assertThat(illustrations.forStep(seatedWithRoller)).isEqualTo("roller-seated-buttock");
		assertThat(illustrations.forStep(kneelingWithBall)).isEqualTo("kneeling-lunge");
		for (Position position : Position.values()) {
			for (Equipment equipment : Equipment.values()) {
				assertThat(illustrations.ids()).contains(illustrations.fallback(position, equipment));
			}
		}
	}

}
