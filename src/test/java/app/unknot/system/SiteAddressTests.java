package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The address printed on sheets and written into a routine's structured data: the
 * configured one when set, else the request's own, never another site's that a forged
 * Host header names.
 */
class SiteAddressTests {

	@Test
	void theConfiguredAddressWinsOverTheRequestsWithoutItsTrailingSlash() {
		MockHttpServletRequest request = request("localhost");

		assertThat(new SiteAddress("https://unknot.example/").baseUrl(request)).isEqualTo("https://unknot.example");
	}

	@Test
	void withoutOneTheRequestsOwnAddressIsUsedButNeverAForgedHost() {
		assertThat(new SiteAddress("").baseUrl(request("localhost"))).isEqualTo("http://localhost:8093");
		assertThat(new SiteAddress("").baseUrl(request("evil.example"))).isEqualTo("http://10.0.0.5:8093");
	}

	@Test
	void anAddressThatIsNoAbsoluteHttpUrlStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new SiteAddress("unknot.example"));
		assertThatIllegalStateException().isThrownBy(() -> new SiteAddress("ftp://unknot.example"));
		assertThatIllegalStateException().isThrownBy(() -> new SiteAddress("https://unknot.example/?a=b"));
	}

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/routines/desk-break");
		request.setServerName(host);
		request.setServerPort(8093);
		request.setLocalAddr("10.0.0.5");
		request.setLocalPort(8093);
		return request;
	}

}
