package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest and the service worker: at fixed addresses, asked again on every visit so
 * a release reaches installed copies, and allowed by the Content-Security-Policy without
 * loosening it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InstallableAppTests {

	private final MockMvcTester mvc;

	private final JsonMapper json;

	InstallableAppTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	@Test
	void theServiceWorkerIsNeverCachedAsAVersionedFile() throws Exception {
		MvcTestResult worker = mvc.get().uri("/sw.js").exchange();
		assertThat(worker).hasStatusOk().hasHeader("Cache-Control", "no-cache");
		assertThat(worker.getResponse().getContentType()).startsWith("text/javascript");
		String text = worker.getResponse().getContentAsString();
		// Its cache is named after its version, and it imports the queue at its versioned
		// address.
		assertThat(text).containsPattern("const CACHE = PREFIX \\+ '[0-9a-f]{12}';")
			.containsPattern("import \\{ sendQueued \\} from '/js/v[0-9a-f]+/offline-queue.js';")
			.doesNotContain("__VERSION__", "__QUEUE_MODULE__");
		// Sent without the comments its source explains itself with; the code stays.
		assertThat(text).doesNotContainPattern("(?m)^[ \\t]*//")
			.doesNotContainPattern("(?m)^[ \\t]*/\\*")
			.contains("self.addEventListener('fetch'", "self.addEventListener('message'");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theManifestNamesTheAppItsIconsAndHowItOpens() throws Exception {
		MvcTestResult manifest = mvc.get().uri("/manifest.webmanifest").exchange();
		assertThat(manifest).hasStatusOk().hasHeader("Cache-Control", "no-cache");
		assertThat(manifest.getResponse().getContentType()).startsWith("application/manifest+json");
		Map<String, Object> fields = json.readValue(manifest.getResponse().getContentAsString(), Map.class);
		assertThat(fields).containsEntry("short_name", "Unknot")
			.containsEntry("start_url", "/")
			.containsEntry("display", "standalone")
			.containsEntry("lang", "en")
			.containsEntry("background_color", "#FBFAF7");
		List<Map<String, String>> icons = (List<Map<String, String>>) fields.get("icons");
		assertThat(icons).extracting(icon -> icon.get("sizes")).contains("192x192", "512x512", "any");
		for (Map<String, String> icon : icons) {
			assertThat(mvc.get().uri(icon.get("src"))).as(icon.get("src")).hasStatusOk();
		}
	}

	/**
	 * Launchers ask for 192 and 512 px and cut their own shape out of a maskable icon:
	 * each PNG is as large as the manifest says, and the maskable one is full bleed with
	 * nothing but its background outside the 80 % circle every shape keeps.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theIconsHaveTheSizesTheManifestGivesAndTheMaskableOneKeepsItsMotifInTheSafeZone() throws Exception {
		Map<String, Object> fields = json
			.readValue(mvc.get().uri("/manifest.webmanifest").exchange().getResponse().getContentAsString(), Map.class);
		List<Map<String, String>> pngs = ((List<Map<String, String>>) fields.get("icons")).stream()
			.filter(icon -> "image/png".equals(icon.get("type")))
			.toList();
		assertThat(pngs).extracting(icon -> icon.get("sizes") + " " + icon.get("purpose"))
			.contains("192x192 any", "512x512 any", "512x512 maskable");
		for (Map<String, String> icon : pngs) {
			BufferedImage image = image(icon.get("src"));
			assertThat(image.getWidth() + "x" + image.getHeight()).as(icon.get("src")).isEqualTo(icon.get("sizes"));
		}
		BufferedImage maskable = image(pngs.stream()
			.filter(icon -> "maskable".equals(icon.get("purpose")))
			.findFirst()
			.orElseThrow()
			.get("src"));
		int background = maskable.getRGB(0, 0);
		assertThat(new Color(background, true).getAlpha()).isEqualTo(255);
		double centre = maskable.getWidth() / 2.0;
		double safe = 0.4 * maskable.getWidth();
		int motif = 0;
		for (int y = 0; y < maskable.getHeight(); y++) {
			for (int x = 0; x < maskable.getWidth(); x++) {
				boolean outside = Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > safe;
				if (outside) {
					assertThat(maskable.getRGB(x, y)).as("pixel %d,%d outside the safe zone", x, y)
						.isEqualTo(background);
				}
				else if (maskable.getRGB(x, y) != background) {
					motif++;
				}
			}
		}
		assertThat(motif).as("pixels of the motif").isPositive();
	}

	private BufferedImage image(String src) throws Exception {
		MvcTestResult answer = mvc.get().uri(src).exchange();
		assertThat(answer).hasStatusOk().hasContentType("image/png");
		return ImageIO.read(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()));
	}

	@Test
	void everyPageLinksTheManifestAndLoadsTheWorkerScriptAndThePolicyAllowsBothFromHereOnly() {
		MvcTestResult home = mvc.get().uri("/").exchange();
		assertThat(home).bodyText()
			.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\" />")
			.containsPattern("<script type=\"module\" src=\"/js/v[0-9a-f]+/offline.js\"></script>");
		assertThat(home).headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; img-src 'self' data:; style-src 'self'; worker-src 'self'; "
							+ "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
							+ "frame-ancestors 'none'");
	}

}
