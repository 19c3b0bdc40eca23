package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers through the real server's error dispatch, which MockMvc does not make: what
 * they show, and that asking for the error page itself is not an error of the app.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
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

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
