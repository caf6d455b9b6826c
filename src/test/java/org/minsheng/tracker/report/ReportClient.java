package org.minsheng.tracker.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Downloads files over HTTP, for the reporters' tests.
 */
final class ReportClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ReportClient(int port) {
		this.port = port;
	}

	HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
