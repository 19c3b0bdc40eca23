package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An ETag names one body: the same bytes give the same tag, any change another. */
class WeakEtagFilterTests {

	@Test
	void theSameBodyGetsTheSameWeakTag() {
		byte[] page = "<p>Breathe out slowly.</p>".getBytes(StandardCharsets.UTF_8);
		assertThat(WeakEtagFilter.of(page)).isEqualTo(WeakEtagFilter.of(page.clone()))
			.matches("W/\"[0-9a-f]+-[0-9a-f]{16}\"");
	}

	@Test
	void everyOneByteChangeOfAPageGivesAnotherTag() {
		byte[] page = "<main><h1>Psoas release</h1><p>Hold for 90 s, then switch sides.</p></main>"
			.getBytes(StandardCharsets.UTF_8);
		Set<String> tags = new HashSet<>();
		tags.add(WeakEtagFilter.of(page));
		for (int i = 0; i < page.length; i++) {
			byte[] changed = page.clone();
			changed[i]++;
			tags.add(WeakEtagFilter.of(changed));
		}
		// Two bytes swapped keep the length and most sums: the checksums still differ.
		byte[] swapped = page.clone();
		swapped[10] = page[11];
		swapped[11] = page[10];
		tags.add(WeakEtagFilter.of(swapped));
		assertThat(tags).hasSize(page.length + 2);
		assertThat(WeakEtagFilter.of(new byte[0])).isNotEqualTo(WeakEtagFilter.of(new byte[1]));
	}

}
