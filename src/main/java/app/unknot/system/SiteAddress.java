package app.unknot.system;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's public address, for links that leave the page: the QR code and links printed
 * on a sheet, the structured data of a routine page. It is {@code unknot.public-base-url}
 * when set. Otherwise it is the address the request came in on, but the host in it comes
 * from the Host header, which is whatever the client sent, and a sheet printed or passed
 * on (or a page kept in a cache) with another site's address sends people there. So the
 * host is taken only when it names this server: a loopback name or address, the machine's
 * own name, or the address the request arrived at. Any other host is replaced by that
 * address.
 */
@Component
public class SiteAddress {

	/**
	 * An IPv4 address or a bracketed IPv6 one: these are parsed, never looked up in DNS.
	 */
	private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+\\]");

	private final Set<String> ownNames;

	/** The configured public address, without a trailing slash; null when unset. */
	private final String configured;

	SiteAddress(@Value("${unknot.public-base-url:}") String configured) {
		this.configured = checkedBaseUrl(configured);
		Set<String> names = new HashSet<>(Set.of("localhost"));
		try {
			names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
		}
		catch (UnknownHostException unnamed) {
			// A machine without a resolvable name of its own: loopback and its addresses
			// still work.
		}
		this.ownNames = Set.copyOf(names);
	}

	/** Scheme, host, port and context path, without a trailing slash. */
	public String baseUrl(HttpServletRequest request) {
		return configured != null ? configured : requestBaseUrl(request);
	}

	private String requestBaseUrl(HttpServletRequest request) {
		UriComponentsBuilder url = ServletUriComponentsBuilder.fromContextPath(request);
		if (!isOwn(request.getServerName(), request.getLocalAddr())) {
			String local = request.getLocalAddr();
			int port = request.getLocalPort();
			boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
			url.host(local.contains(":") ? "[" + local + "]" : local).port(defaultPort ? -1 : port);
		}
		return stripTrailingSlash(url.build().toUriString());
	}

	private boolean isOwn(String host, String localAddress) {
		String name = host.toLowerCase(Locale.ROOT);
		if (ownNames.contains(name)) {
			return true;
		}
		if (!IP_LITERAL.matcher(name).matches()) {
			return false;
		}
		try {
			InetAddress address = InetAddress
				.getByName(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
			return address.isLoopbackAddress() || address.equals(InetAddress.getByName(localAddress));
		}
		catch (UnknownHostException notAnAddress) {
			// Such as 999.1.1.1 or [zz]: not a valid address at all.
			return false;
		}
	}

	private static String checkedBaseUrl(String configured) {
		if (configured == null || configured.isBlank()) {
			return null;
		}
		String value = configured.strip();
		URI uri;
		try {
			uri = URI.create(value);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalStateException("unknot.public-base-url is not a valid URL: " + value, invalid);
		}
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalStateException(
					"unknot.public-base-url must be an absolute http(s) URL without query or fragment, such as https://unknot.example: "
							+ value);
		}
		return stripTrailingSlash(value);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
