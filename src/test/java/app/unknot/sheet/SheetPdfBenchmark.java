package app.unknot.sheet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import app.unknot.UnknotApplication;

/**
 * Times the PDF sheet of every catalog routine over HTTP against the real application
 * (test configuration: in-memory database, random port), one request at a time: the very
 * first sheet after start, then after a warm-up (in another language, so that it leaves
 * the measured sheets out of the cache of catalog sheets) the first render of each sheet
 * on both papers, then the same sheets again from the cache. Prints the medians and 95th
 * percentiles and the peak heap; asserts nothing. Run it with
 * {@code bench/sheet-pdf.sh [cached rounds] [warm-up rounds]}.
 */
public final class SheetPdfBenchmark {

	/**
	 * A language per warm-up round: the cache keeps sheets by language, so each round
	 * renders.
	 */
	private static final List<String> WARM_UP_LANGUAGES = List.of("de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE",
			"pt-PT", "da-DK", "fi-FI", "pl-PL");

	private SheetPdfBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int warmUpRounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		try (ConfigurableApplicationContext app = SpringApplication.run(UnknotApplication.class, "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			List<String> slugs = app.getBean(JdbcTemplate.class)
				.queryForList("SELECT slug FROM routine ORDER BY slug", String.class);
			HttpClient http = HttpClient.newHttpClient();

			List<Double> firstAfterStart = new ArrayList<>();
			fetchAll(http, base, slugs.subList(0, 1), 0, firstAfterStart, "nb-NO");
			for (int round = 0; round < warmUpRounds; round++) {
				fetchAll(http, base, slugs, round, null, WARM_UP_LANGUAGES.get(round % WARM_UP_LANGUAGES.size()));
			}
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long heapAfterWarmUp = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(heapAfterWarmUp);
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException stop) {
						return;
					}
				}
			}, "heap-sampler");
			sampler.setDaemon(true);
			sampler.start();
			// Rounds 0 and 1 give every sheet on the other paper: each is rendered once.
			List<Double> rendered = new ArrayList<>();
			long start = System.nanoTime();
			long renderingCpu = processCpuNanos();
			long bytes = fetchAll(http, base, slugs, 0, rendered, null)
					+ fetchAll(http, base, slugs, 1, rendered, null);
			renderingCpu = processCpuNanos() - renderingCpu;
			double wall = (System.nanoTime() - start) / 1e9;
			List<Double> cached = new ArrayList<>();
			long cachedCpu = processCpuNanos();
			for (int round = 0; round < rounds; round++) {
				fetchAll(http, base, slugs, round, cached, null);
			}
			cachedCpu = processCpuNanos() - cachedCpu;
			sampler.interrupt();
			System.out.println();
			System.out.printf(Locale.ROOT,
					"Sheet PDFs: %d routines, A4 and Letter, after %d warm-up rounds; %d processors, max heap %d MiB%n",
					slugs.size(), warmUpRounds, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			System.out.printf(Locale.ROOT, "  first sheet after start           %7.1f ms%n", firstAfterStart.get(0));
			print("first render of each sheet", rendered);
			print("the same from the cache (" + rounds + " rounds)", cached);
			System.out.printf(Locale.ROOT,
					"  processor time (this process, client included): %.1f ms a rendered sheet, %.2f ms a cached one%n",
					renderingCpu / 1e6 / rendered.size(), cachedCpu / 1e6 / cached.size());
			System.out.printf(Locale.ROOT, "  average PDF size %d KiB; %.1f sheets/s rendered one at a time%n",
					bytes / rendered.size() / 1024, rendered.size() / wall);
			System.out.printf(Locale.ROOT, "  heap: %d MiB used after warm-up and GC, peak %d MiB while measuring%n",
					heapAfterWarmUp / (1024 * 1024), peak.get() / (1024 * 1024));
		}
	}

	/** User and system time of every thread of this process so far. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static void print(String what, List<Double> millis) {
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "  %-32s median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%d sheets)%n", what,
				percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1), millis.size());
	}

	/**
	 * Every sheet once, the paper alternating by round; language null sends no
	 * Accept-Language.
	 */
	private static long fetchAll(HttpClient http, String base, List<String> slugs, int round, List<Double> millis,
			String language) throws Exception {
		long bytes = 0;
		for (int i = 0; i < slugs.size(); i++) {
			String paper = (i + round) % 2 == 0 ? "a4" : "letter";
			HttpRequest.Builder builder = HttpRequest
				.newBuilder(URI.create(base + "/routines/" + slugs.get(i) + "/sheet.pdf?paper=" + paper));
			if (language != null) {
				builder.header("Accept-Language", language);
			}
			HttpRequest request = builder.build();
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			double elapsed = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
			}
			bytes += response.body().length;
			if (millis != null) {
				millis.add(elapsed);
			}
		}
		return bytes;
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
