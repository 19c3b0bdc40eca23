package app.unknot.sheet;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many sheet PDFs render at once. Rendering is CPU-bound and allocates a lot, so
 * more renderings than cores only slow every page of the site down and fill the heap. A
 * request that finds every renderer busy waits a little for one and is then turned away
 * ({@link RenderingBusyException}, a 503 asking to retry) rather than queued without end.
 */
@Component
class PdfRenderingLimit {

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
	 *
	 * @throws RenderingBusyException when none became free in time
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
				throw new RenderingBusyException();
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			throw new RenderingBusyException();
		}
	}

}
