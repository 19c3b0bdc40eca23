package app.unknot.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.unknot.catalog.CatalogFilterForm;
import app.unknot.system.RequestRefusedException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Page number and size as a client sends them, checked strictly: a value that is not a
 * whole number in range is a 400, never a guess. Pages count from 1.
 */
record Paging(int page, int size) {

	static final int DEFAULT_SIZE = 24;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 100_000;

	static Paging parse(String page, String size) {
		return new Paging(number("page", page, 1, MAX_PAGE, "filter.ignored.page"),
				number("size", size, DEFAULT_SIZE, MAX_SIZE, "api.invalid.size"));
	}

	private static int number(String name, String raw, int absent, int max, String messageKey) {
		if (raw == null) {
			return absent;
		}
		Integer number = CatalogFilterForm.wholeNumber(raw, max);
		if (number != null) {
			return number;
		}
		throw RequestRefusedException.badRequest(messageKey, raw, max).withProperty("field", name);
	}

	/** Pages needed for the total, at least one. */
	int lastPage(long total) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** A page past the last one is answered empty, with a link back to the last. */
	PageLinks links(long total, IntFunction<String> url) {
		int last = lastPage(total);
		return new PageLinks(url.apply(page), url.apply(1), page > 1 ? url.apply(Math.min(page - 1, last)) : null,
				page < last ? url.apply(page + 1) : null, url.apply(last));
	}

	@Schema(description = "Addresses of neighbouring pages, relative to the server; "
			+ "prev and next are absent on the first and the last page. The Link header carries the same.")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PageLinks(String self, String first, String prev, String next, String last) {

		/** The same as an RFC 8288 Link header: first, prev, next, last. */
		String header() {
			List<String> links = new ArrayList<>();
			add(links, first, "first");
			add(links, prev, "prev");
			add(links, next, "next");
			add(links, last, "last");
			return String.join(", ", links);
		}

		private static void add(List<String> links, String url, String rel) {
			if (url != null) {
				links.add("<" + url + ">; rel=\"" + rel + "\"");
			}
		}

		HttpHeaders headers() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.LINK, header());
			return headers;
		}

	}

}
