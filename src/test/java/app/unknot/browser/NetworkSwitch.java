package app.unknot.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny TCP proxy between Chromium and the app that a test can switch off and on: real
 * airplane mode for the page, its scripts and its service worker alike (the DevTools
 * offline switch does not always cover a service worker's own requests). Switched off, it
 * drops every open connection and refuses new ones at once.
 */
public final class NetworkSwitch implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean on = true;

	public NetworkSwitch(int target) {
		this.target = target;
		try {
			this.server = new ServerSocket();
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		daemon(this::accept);
	}

	/** The address to give Chromium, such as {@code http://localhost:40123}. */
	public String base() {
		return "http://localhost:" + server.getLocalPort();
	}

	public void off() {
		on = false;
		open.forEach(NetworkSwitch::closeQuietly);
		open.clear();
	}

	public void on() {
		on = true;
	}

	@Override
	public void close() {
		off();
		closeQuietly(server);
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (!on) {
					closeQuietly(client);
					continue;
				}
				Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
				open.add(client);
				open.add(app);
				daemon(() -> pipe(client, app));
				daemon(() -> pipe(app, client));
			}
			catch (IOException closed) {
				// The server socket closed: the test is over.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException dropped) {
			// Switched off, or either side hung up.
		}
		finally {
			open.remove(from);
			open.remove(to);
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "network-switch");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// Already closed.
		}
	}

}
