package app.unknot.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTests {

	@Test
	void readableFromTheTitle() {
		assertThat(Slugs.base("Hip & Psoas — Évening release!")).isEqualTo("hip-psoas-evening-release");
		assertThat(Slugs.base("<script>alert(1)</script>")).isEqualTo("script-alert-1-script");
		assertThat(Slugs.base("???")).isEqualTo("routine");
		assertThat(Slugs.base("a".repeat(120))).hasSize(60);
	}

	@Test
	void catalogSlugsGetANumberOnlyWhenTaken() {
		Set<String> taken = Set.of("desk-break", "desk-break-2");
		assertThat(Slugs.forCatalog("Desk break", taken::contains)).isEqualTo("desk-break-3");
		assertThat(Slugs.forCatalog("Desk pause", taken::contains)).isEqualTo("desk-pause");
	}

	@Test
	void privateSlugsEndInAnUnguessableTailAndNeverRepeat() {
		Set<String> made = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			String slug = Slugs.forPrivate("Desk break", made::contains);
			assertThat(slug).matches("desk-break-[a-z2-9]{8}").hasSizeLessThanOrEqualTo(80);
			made.add(slug);
		}
		assertThat(made).hasSize(500);
	}

}
