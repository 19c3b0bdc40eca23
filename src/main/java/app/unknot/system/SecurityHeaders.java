package app.unknot.system;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, in one list. Spring Security's header filter
 * writes them for the requests it handles; answers made where that filter never ran
 * (requests Tomcat refuses, and error pages for requests stopped before it) get the same
 * ones from here.
 */
public final class SecurityHeaders {

	/**
	 * Styles only from the site's own stylesheets: no style attributes or elements in
	 * pages. The service worker and the manifest are named too, from this origin only.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API's Swagger UI page ({@code /swagger-ui/**}, served by springdoc) draws its
	 * logo with one inline style element; it is allowed there by its hash, and nothing
	 * else is. A newer Swagger UI with another logo style shows up as a refused style in
	 * {@code api.ApiDocsBrowserTests}.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

	private static final HeaderWriter SITE_POLICY = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);

	private static final HeaderWriter SWAGGER_UI_POLICY = new ContentSecurityPolicyHeaderWriter(
			SWAGGER_UI_CONTENT_SECURITY_POLICY);

	/**
	 * The player keeps the screen awake and plays its own sound cues; nothing else is
	 * needed.
	 */
	static final String PERMISSIONS_POLICY = "screen-wake-lock=(self), autoplay=(self), camera=(), microphone=(), "
			+ "geolocation=(), payment=(), usb=()";

	/**
	 * Spring Security's defaults (HSTS over https only), then the site's own policies.
	 */
	private final List<HeaderWriter> writers = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			// By the address as it arrived, which even a request Tomcat refuses has: no
			// parsing that such an address could fail.
			(request, response) -> (isSwaggerUi(request) ? SWAGGER_UI_POLICY : SITE_POLICY).writeHeaders(request,
					response),
			// Routine and sheet addresses are not secrets, but other sites need no more
			// than our origin.
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
			new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));

	private static boolean isSwaggerUi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri != null && uri.startsWith(request.getContextPath() + "/swagger-ui/");
	}

	public List<HeaderWriter> writers() {
		return writers;
	}

	void write(HttpServletRequest request, HttpServletResponse response) {
		writers.forEach(writer -> writer.writeHeaders(request, response));
	}

}
