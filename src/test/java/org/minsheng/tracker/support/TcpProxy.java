package org.minsheng.tracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on 127.0.0.1 in front of a database, for failure tests: {@link #cut()}
 * drops every connection and refuses new ones (the database "goes down"),
 * {@link #restore()} accepts again on the same port. Loopback only; closed with the test.
 */
public final class TcpProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "tcp-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	public int port() {
		return this.port;
	}

	/** Drops every connection and refuses new ones. */
	public synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	/** Accepts connections again on the same port. */
	public synchronized void restore() throws IOException {
		ServerSocket again = new ServerSocket();
		again.setReuseAddress(true);
		again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 50);
		this.server = again;
		accept(again);
	}

	private void accept(ServerSocket listening) {
		this.threads.execute(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
					this.open.add(client);
					this.open.add(target);
					this.threads.execute(() -> pipe(client, target));
					this.threads.execute(() -> pipe(target, client));
				}
				catch (IOException ex) {
					return;
				}
			}
		});
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// the other side closed, or the proxy was cut
		}
		finally {
			try {
				from.close();
				to.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		this.threads.shutdownNow();
	}

}
