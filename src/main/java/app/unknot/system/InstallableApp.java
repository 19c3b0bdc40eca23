package app.unknot.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What makes the site installable and its sessions work offline: the web app manifest and
 * the service worker. Both keep one address ({@code /sw.js} must, to control the whole
 * site) and are asked again each time ({@code no-cache}), so a new version of the worker
 * is found on the next visit. The worker's text names its cache after a hash of itself
 * and of the modules it imports, so a release that changes either starts afresh and
 * deletes the old caches.
 */
@RestController
class InstallableApp {

	private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final MessageSource messages;

	private final ResourceUrlProvider resourceUrls;

	/**
	 * Worked out on first use: the versioned addresses exist once the context started.
	 */
	private volatile String worker;

	InstallableApp(MessageSource messages, ResourceUrlProvider resourceUrls) {
		this.messages = messages;
		this.resourceUrls = resourceUrls;
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Map<String, Object>> manifest(Locale locale) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", messages.getMessage("app.manifest.name", null, locale));
		manifest.put("short_name", messages.getMessage("site.name", null, locale));
		manifest.put("description", messages.getMessage("app.manifest.description", null, locale));
		manifest.put("lang", locale.toLanguageTag());
		manifest.put("start_url", "/");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("background_color", "#FBFAF7");
		manifest.put("theme_color", "#0F766E");
		// 192 and 512 px for launchers and splash screens; the maskable one is full
		// bleed,
		// its motif inside the 80 % circle a launcher may cut out (tools/app-icons).
		manifest.put("icons", List.of(icon("/icon-192.png", "192x192", "any"), icon("/icon-512.png", "512x512", "any"),
				icon("/icon-maskable-512.png", "512x512", "maskable"),
				Map.of("src", resourceUrls.getForLookupPath("/favicon.svg"), "sizes", "any", "type", "image/svg+xml")));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MANIFEST).body(manifest);
	}

	private Map<String, String> icon(String path, String sizes, String purpose) {
		return Map.of("src", resourceUrls.getForLookupPath(path), "sizes", sizes, "type", "image/png", "purpose",
				purpose);
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		String text = worker;
		if (text == null) {
			text = workerText();
			worker = text;
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(JAVASCRIPT).body(text);
	}

	private String workerText() {
		try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
			// Lean like the modules the resource chain sends: every visitor's browser
			// fetches the worker, and its comments were a third of its bytes.
			String text = LeanAssets.leanScript(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.replace("__QUEUE_MODULE__", resourceUrls.getForLookupPath("/js/offline-queue.js"));
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return text.replace("__VERSION__", HexFormat.of().formatHex(hash, 0, 6));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
