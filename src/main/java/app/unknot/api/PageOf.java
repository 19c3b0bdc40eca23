package app.unknot.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a longer list, with the addresses of its neighbours. */
@Schema(description = "One page of a list; pages count from 1.")
record PageOf<T>(List<T> items, int page, @Schema(description = "Items a page, 1 to 100.") int size,
		@Schema(description = "Items on all pages together.") long totalItems, int totalPages, Paging.PageLinks links) {

	static <T> PageOf<T> of(List<T> items, Paging paging, long total, Paging.PageLinks links) {
		return new PageOf<>(items, paging.page(), paging.size(), total, paging.lastPage(total), links);
	}

}
