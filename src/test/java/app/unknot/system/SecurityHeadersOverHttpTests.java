package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers as the real server sends them, including what a TLS-terminating proxy
 * in front of it adds, which MockMvc never sees.
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

	@ParameterizedTest
	@ValueSource(strings = { "GET /routines/%zz HTTP/1.1", "GET /routines/a%00b HTTP/1.1",
			"GET /x/../../etc/passwd HTTP/1.1", "GET /routines/{x} HTTP/1.1" })
	void requestsTheServerRefusesItselfGetTheSitesPageAndHeaders(String requestLine) throws Exception {
		assertSiteBadRequestPage(RawHttp.send(port, requestLine));
	}

	/**
	 * Stopped before Spring Security's header filter (undecodable parameters, its
	 * firewall, a method Tomcat refuses after mapping): the error page still has every
	 * header.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GET /routines?q=%ff%fe HTTP/1.1", "GET //evil.example/ HTTP/1.1",
			"GET /routines/;jsessionid=x/../x HTTP/1.1", "GETX /routines HTTP/1.1", "TRACE /routines HTTP/1.1" })
	void requestsStoppedBeforeTheSecurityFiltersGetTheSitesPageAndHeaders(String requestLine) throws Exception {
		RawHttp.Response stopped = RawHttp.send(port, requestLine, "Accept: text/html");

		assertThat(stopped.status()).isIn(400, 405);
		assertSitePageAndHeaders(stopped);
	}

	@Test
	void aMalformedHeaderGetsTheSitesPageAndHeaders() throws Exception {
		assertSiteBadRequestPage(RawHttp.send(port, "GET /routines HTTP/1.1", "(bad): header"));
	}

	@Test
	void behindATlsProxyEvenRequestsTheServerRefusesGetHsts() throws Exception {
		RawHttp.Response refused = RawHttp.send(port, "GET /routines/%zz HTTP/1.1", "X-Forwarded-Proto: https");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Strict-Transport-Security")).contains("max-age=");
	}

	private static void assertSiteBadRequestPage(RawHttp.Response refused) {
		assertThat(refused.status()).isEqualTo(400);
		assertSitePageAndHeaders(refused);
		assertThat(refused.body()).contains("That request did not make sense");
	}

	private static void assertSitePageAndHeaders(RawHttp.Response refused) {
		assertThat(refused.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
		assertThat(refused.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(refused.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(refused.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(refused.header("Permissions-Policy")).contains("camera=()");
		assertThat(refused.header("Strict-Transport-Security")).as("plain http").isNull();
		ResponseChecks.assertInSiteLayout(refused.body());
		ResponseChecks.assertRevealsNoInternals(refused.body());
		assertThat(refused.body()).doesNotContain("HTTP Status", "Tomcat");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
