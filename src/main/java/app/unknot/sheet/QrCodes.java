package app.unknot.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as black-on-white PNG {@code data:} URIs, which both browsers and the PDF
 * renderer show without fetching anything. The URIs are kept: a sheet asks for the same
 * few addresses again and again, and drawing and compressing the image took longer than
 * serving a cached sheet PDF.
 */
@Component
public class QrCodes {

	/**
	 * A few sheets' worth per routine: each address is a routine's session on one host.
	 */
	private static final int KEPT_URIS = 1024;

	/**
	 * Pixels per QR module: crisp when printed at the sheet's size, yet a small image.
	 */
	private static final int MODULE_PIXELS = 8;

	/** The white border, in modules, that scanners need around the code. */
	private static final int QUIET_ZONE = 4;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private final Cache<String, String> dataUris = Caffeine.newBuilder().maximumSize(KEPT_URIS).build();

	/** A PNG of the QR code for the text, as a {@code data:image/png;base64,...} URI. */
	public String pngDataUri(String text) {
		return dataUris.get(text, key -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png(key)));
	}

	/** A PNG of the QR code for the text. */
	public byte[] png(String text) {
		BitMatrix matrix = encode(text);
		int size = matrix.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				int color = matrix.get(x, y) ? BLACK : WHITE;
				for (int dy = 0; dy < MODULE_PIXELS; dy++) {
					for (int dx = 0; dx < MODULE_PIXELS; dx++) {
						image.setRGB(x * MODULE_PIXELS + dx, y * MODULE_PIXELS + dy, color);
					}
				}
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
		// An in-memory stream: ImageIO would otherwise buffer through a temporary file.
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("No PNG writer available");
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return bytes.toByteArray();
	}

	private static BitMatrix encode(String text) {
		try {
			// Medium error correction survives a crease or a smudge on paper. No
			// character set
			// hint: the URLs are ASCII, and an ECI header would only confuse older
			// scanners.
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException failure) {
			throw new IllegalArgumentException("Text too long for a QR code", failure);
		}
	}

}
