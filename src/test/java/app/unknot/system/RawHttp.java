package app.unknot.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests that no HTTP client would send (an
 * undecodable path, a malformed header) and that the server refuses before the app sees
 * them.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * An answer: its status, its headers by lower-case name (last one wins) and its body.
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * Sends the request line and the header lines given, then {@code Host} and
	 * {@code Connection: close}, and reads the answer to its end.
	 */
	public static Response send(int port, String requestLine, String... headerLines) throws IOException {
		StringBuilder head = new StringBuilder(requestLine).append("\r\n");
		for (String line : headerLines) {
			head.append(line).append("\r\n");
		}
		head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
	}

	private static Response parse(byte[] raw) throws IOException {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No complete answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		InputStream in = new ByteArrayInputStream(chunked);
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("Chunked body ends early");
				}
				size.append((char) c);
			}
			int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
			if (length == 0) {
				return body.toByteArray();
			}
			body.write(in.readNBytes(length));
			in.readNBytes(2);
		}
	}

}
