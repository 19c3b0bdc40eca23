package app.unknot.sheet;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import app.unknot.system.RequestRefusedException;

/**
 * Bounds how many sheet PDFs render at once. Rendering is CPU-bound and allocates a lot,
 * so more renderings than cores only slow every page of the site down and fill the heap.
 * A request that finds every renderer busy waits a little for one and is then turned away
 * (a 503 asking to retry) rather than queued without end.
 */
@Component
class PdfRenderingLimit {

	/** When a visitor turned away because every PDF renderer was busy may try again. */
	private static final long RETRY_AFTER_SECONDS = 5;

	private final Semaphore renderers;

	private final Duration patience;

	PdfRenderingLimit(
			@Value("${unknot.sheet.pdf-renderers:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}") int renderers,
			@Value("${unknot.sheet.pdf-render-wait:2s}") Duration patience) {
		if (renderers < 1) {
			throw new IllegalStateException("unknot.sheet.pdf-renderers must be at least 1: " + renderers);
		}
		// Fair: whoever has waited longest renders next.
		this.renderers = new Semaphore(renderers, true);
		this.patience = patience;
	}

	/**
	 * Runs a rendering once a renderer is free.
	 * @throws RequestRefusedException (503, with Retry-After) when none became free in
	 * time
	 */
	<T> T run(Supplier<T> rendering) {
		acquire();
		try {
			return rendering.get();
		}
		finally {
			renderers.release();
		}
	}

	private void acquire() {
		try {
			if (!renderers.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			throw busy();
		}
	}

	private static RequestRefusedException busy() {
		return new RequestRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "sheet.pdf.busy", null)
			.withHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
	}

}
