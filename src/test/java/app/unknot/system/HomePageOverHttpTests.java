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

/** The whole application on a real port, fetched the way a browser would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageOverHttpTests {

	@LocalServerPort
	private int port;

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void homePageIsServed() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Unknot").contains("not medical advice");
	}

	@Test
	void stylesheetIsServedByTheApp() throws Exception {
		HttpResponse<String> response = get("/css/unknot.css");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("@media print");
	}

	@Test
	void unknownAddressGetsTheSiteLayout404() throws Exception {
		HttpResponse<String> response = get("/definitely/not/here");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("not medical advice");
		ResponseChecks.assertRevealsNoInternals(response.body());
	}

}
