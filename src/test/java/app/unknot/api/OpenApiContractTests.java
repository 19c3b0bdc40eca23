package app.unknot.api;

import static app.unknot.system.ResponseChecks.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's contract: the OpenAPI document the app serves must be the one checked in at
 * {@value #CONTRACT}, so that no change to what clients see goes unnoticed. A change on
 * purpose is accepted by running this test with
 * {@code -Dunknot.api.accept-contract=true}, which writes the new document there to be
 * reviewed and committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiContractTests {

	static final String CONTRACT = "src/test/resources/api/openapi.json";

	private final MockMvcTester mvc;

	private final JsonMapper json;

	OpenApiContractTests(@Autowired MockMvcTester mvc, @Autowired JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	private String served() {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		// One line ending, and a final one, whatever the writer did.
		return body(result).replace("\r\n", "\n").stripTrailing() + "\n";
	}

	@Test
	void theServedDocumentIsTheContractCheckedIn() throws IOException {
		String served = served();
		Path contract = Path.of(CONTRACT);
		if (Boolean.getBoolean("unknot.api.accept-contract")) {
			Files.createDirectories(contract.getParent());
			Files.writeString(contract, served, StandardCharsets.UTF_8);
		}
		assertThat(contract).as("the contract file").exists();
		String expected = Files.readString(contract, StandardCharsets.UTF_8);
		assertThat(served).as("""
				The OpenAPI document at /v3/api-docs differs from %s: the API changed for its clients.
				If that change is intended, accept it and review the file's diff before committing:
				  ./mvnw test -Dtest=OpenApiContractTests -Dunknot.api.accept-contract=true
				""", CONTRACT).isEqualTo(expected);
	}

	/** What a client builds from, described for every operation. */
	@Test
	void everyOperationIsDescribedWithItsErrors() {
		JsonNode document = json.readTree(served());
		assertThat(document.at("/info/title").asString()).isEqualTo("Unknot API");
		assertThat(document.at("/servers/0/url").asString()).as("the same on every host").isEqualTo("/");
		List<String> operations = new ArrayList<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			String name = method.getKey().toUpperCase() + " " + path.getKey();
			operations.add(name);
			JsonNode operation = method.getValue();
			assertThat(operation.get("summary").asString()).as(name).isNotBlank();
			JsonNode responses = operation.get("responses");
			if (path.getKey().startsWith("/api/v1/me")) {
				assertThat(responses.has("401")).as("%s answers 401", name).isTrue();
			}
			if (path.getKey().contains("{slug}")) {
				assertThat(responses.has("404")).as("%s answers 404", name).isTrue();
			}
			if (operation.has("parameters") || operation.has("requestBody")) {
				assertThat(responses.at("/400/content").has("application/problem+json")).as("%s answers 400", name)
					.isTrue();
			}
		}));
		assertThat(operations).containsExactlyInAnyOrder("GET /api/v1/routines", "GET /api/v1/routines/{slug}",
				"GET /api/v1/muscle-groups", "GET /api/v1/cautions", "GET /api/v1/me/routines",
				"GET /api/v1/me/routines/{slug}", "GET /api/v1/me/favourites", "GET /api/v1/me/history",
				"POST /api/v1/me/history", "GET /api/v1/me/csrf-token");
		assertThat(
				document.at("/components/schemas/StepTimingDetail/properties/durationSeconds/description").asString())
			.contains("seconds");
	}

}
