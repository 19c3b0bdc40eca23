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
 * (test configuration: in-memory database, random port), after a warm-up, one request at
 * a time. Prints the median and 95th percentile per sheet and the peak heap; asserts
 * nothing. Run it with {@code bench/sheet-pdf.sh [rounds] [warm-up rounds]}.
 */
public final class SheetPdfBenchmark {

	private SheetPdfBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int warmUpRounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		// It times rendering, so the cache of catalog sheets is off.
		try (ConfigurableApplicationContext app = SpringApplication.run(UnknotApplication.class, "--server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--unknot.sheet.pdf-cache-size=0")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			List<String> slugs = app.getBean(JdbcTemplate.class)
				.queryForList("SELECT slug FROM routine ORDER BY slug", String.class);
			HttpClient http = HttpClient.newHttpClient();

			for (int round = 0; round < warmUpRounds; round++) {
				fetchAll(http, base, slugs, round, null);
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
			List<Double> millis = new ArrayList<>();
			long bytes = 0;
			long start = System.nanoTime();
			for (int round = 0; round < rounds; round++) {
				bytes += fetchAll(http, base, slugs, round, millis);
			}
			double wall = (System.nanoTime() - start) / 1e9;
			sampler.interrupt();
			Collections.sort(millis);
			System.out.println();
			System.out.printf(Locale.ROOT,
					"Sheet PDFs: %d routines x %d rounds = %d sheets (A4 and Letter alternating),"
							+ " after %d warm-up rounds; %d processors, max heap %d MiB%n",
					slugs.size(), rounds, millis.size(), warmUpRounds, Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
			System.out.printf(Locale.ROOT, "  median  %7.1f ms per sheet%n", percentile(millis, 50));
			System.out.printf(Locale.ROOT, "  p95     %7.1f ms per sheet%n", percentile(millis, 95));
			System.out.printf(Locale.ROOT, "  min/max %7.1f / %.1f ms%n", millis.get(0), millis.get(millis.size() - 1));
			System.out.printf(Locale.ROOT, "  average PDF size %d KiB; %.1f sheets/s one at a time%n",
					bytes / millis.size() / 1024, millis.size() / wall);
			System.out.printf(Locale.ROOT, "  heap: %d MiB used after warm-up and GC, peak %d MiB while measuring%n",
					heapAfterWarmUp / (1024 * 1024), peak.get() / (1024 * 1024));
		}
	}

	private static long fetchAll(HttpClient http, String base, List<String> slugs, int round, List<Double> millis)
			throws Exception {
		long bytes = 0;
		for (int i = 0; i < slugs.size(); i++) {
			String paper = (i + round) % 2 == 0 ? "a4" : "letter";
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(base + "/routines/" + slugs.get(i) + "/sheet.pdf?paper=" + paper))
				.build();
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
