package app.unknot.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Spring's ETag filter with a quicker checksum. Its MD5 of each page was about an eighth
 * of the processor time of a catalog page rendered anew (the JVM runs with the C1
 * compiler only, which has no MD5 intrinsic; CRC32 and CRC32C it has). An ETag only has
 * to change when the page does, and no one gains by forging one, so the body's length and
 * two different 32-bit checksums of it serve: two different pages of one address share
 * all three by chance about once in 2^64. Weak, because the server compresses the body on
 * its way out, so the bytes sent differ by encoding.
 */
public class WeakEtagFilter extends ShallowEtagHeaderFilter {

	public WeakEtagFilter() {
		setWriteWeakETag(true);
	}

	@Override
	protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
		return of(body.readAllBytes());
	}

	/** The ETag this filter gives a body. */
	public static String of(byte[] body) {
		CRC32 crc32 = new CRC32();
		crc32.update(body);
		CRC32C crc32c = new CRC32C();
		crc32c.update(body);
		return "W/\"%x-%08x%08x\"".formatted(body.length, crc32.getValue(), crc32c.getValue());
	}

}
