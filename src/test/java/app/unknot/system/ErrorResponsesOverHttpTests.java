package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers through the real server's error dispatch, which MockMvc does not make:
 * what they show, and that asking for the error page itself is not an error of the app.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorResponsesOverHttpTests {

	@LocalServerPort
	private int port;

	@Test
	void jsonErrorBodiesGiveStatusAndErrorOnly() throws Exception {
		HttpResponse<String> response = get("/definitely/not/here", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"status\":404", "\"error\":\"Not Found\"")
			.doesNotContain("\"path\"", "/definitely", "\"message\"", "\"trace\"", "\"exception\"", "\"errors\"");
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFoundInTheSiteLayout() throws Exception {
		HttpResponse<String> page = get("/error", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		ResponseChecks.assertInSiteLayout(page.body());
		assertThat(page.body()).contains("Page not found");

		HttpResponse<String> json = get("/error", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("\"status\":404").doesNotContain("\"path\"");
	}

	@Test
	void aMalformedQueryIsA400InTheSiteLayoutLoggedAsOneWarningLine(CapturedOutput output) throws Exception {
		int before = output.getAll().length();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> page = get("/routines?q=%ff%fe", "text/html");

			assertThat(page.statusCode()).isEqualTo(400);
			ResponseChecks.assertInSiteLayout(page.body());
			ResponseChecks.assertRevealsNoInternals(page.body());
		}

		// The first request also starts the DispatcherServlet, logged at INFO.
		List<String> logged = output.getAll()
			.substring(before)
			.lines()
			.filter(line -> !line.isBlank() && !line.contains(" INFO "))
			.toList();
		assertThat(logged).as("one line per request")
			.hasSize(3)
			.allSatisfy(line -> assertThat(line).contains(" WARN ", "GET /routines").doesNotContain("Exception"));
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
