package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
		assertThat(icons).extracting(icon -> icon.get("sizes")).containsExactly("180x180", "any");
		for (Map<String, String> icon : icons) {
			assertThat(mvc.get().uri(icon.get("src"))).as(icon.get("src")).hasStatusOk();
		}
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
