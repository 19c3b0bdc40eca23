package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The QR code printed on a sheet takes a phone to the routine's session, and is drawn
 * once per address rather than for every sheet.
 */
class QrCodesTests {

	private static final String SESSION = "https://unknot.example/routines/daily-pelvic-relaxation/session";

	private final QrCodes qrCodes = new QrCodes();

	@Test
	void theCodeReadsAsTheAddress() throws IOException {
		assertThat(SheetPdfTests.decodeQr(image(qrCodes.pngDataUri(SESSION)))).isEqualTo(SESSION);
	}

	@Test
	void anAddressAskedForAgainGetsTheCodeAlreadyDrawn() {
		String first = qrCodes.pngDataUri(SESSION);

		assertThat(qrCodes.pngDataUri(SESSION)).isSameAs(first);
		assertThat(qrCodes.pngDataUri(SESSION.replace("daily", "weekly"))).isNotEqualTo(first);
	}

	private static BufferedImage image(String dataUri) throws IOException {
		String prefix = "data:image/png;base64,";
		assertThat(dataUri).startsWith(prefix);
		return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(prefix.length()))));
	}

}
