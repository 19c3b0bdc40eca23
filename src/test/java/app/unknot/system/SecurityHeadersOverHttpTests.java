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
 * Security headers as the real server sends them, including what a TLS-terminating proxy in
 * front of it adds, which MockMvc never sees.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersOverHttpTests {

	@LocalServerPort
	private int port;

	@Test
	void behindATlsProxyPagesTellBrowsersToKeepToHttps() throws Exception {
		HttpResponse<String> proxied = send(request("/routines").header("X-Forwarded-Proto", "https"));

		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void plainHttpWithoutAProxyGetsNoHsts() throws Exception {
		HttpResponse<String> plain = send(request("/routines"));

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
