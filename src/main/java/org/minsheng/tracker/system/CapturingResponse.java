package org.minsheng.tracker.system;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.util.FastByteArrayOutputStream;

/**
 * Holds back a rendered page's body while status and headers go through, so the page
 * cache can keep it and compute its ETag. Unlike Spring's
 * {@code ContentCachingResponseWrapper}, whose writer flushes its encoder after every
 * small write (15 % of a render's CPU in the profile), the writer here buffers and is
 * flushed once, when the body is taken.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

	private final FastByteArrayOutputStream content = new FastByteArrayOutputStream(64 * 1024);

	private ServletOutputStream stream;

	private PrintWriter writer;

	CapturingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		if (this.stream == null) {
			this.stream = new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					CapturingResponse.this.content.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					CapturingResponse.this.content.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					// Memory is always ready to be written to.
					try {
						listener.onWritePossible();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.stream != null) {
			throw new IllegalStateException("getOutputStream() has already been called");
		}
		if (this.writer == null) {
			Charset charset = Charset.forName(getCharacterEncoding());
			this.writer = new PrintWriter(new OutputStreamWriter(this.content, charset), false);
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() {
		// Nothing is sent until the page is taken: the response must not commit early.
	}

	@Override
	public void setContentLength(int length) {
		// The length is set when the captured body is sent.
	}

	@Override
	public void setContentLengthLong(long length) {
		// The length is set when the captured body is sent.
	}

	@Override
	public void resetBuffer() {
		this.content.reset();
	}

	@Override
	public void reset() {
		super.reset();
		this.content.reset();
	}

	/** The body written so far, with the writer flushed. */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.content.toByteArrayUnsafe();
	}

	/** Sends what was captured unchanged (an answer the cache does not keep). */
	void sendCaptured() throws IOException {
		byte[] body = body();
		HttpServletResponse response = (HttpServletResponse) getResponse();
		if (!response.isCommitted() && body.length > 0) {
			response.setContentLength(body.length);
		}
		if (body.length > 0) {
			response.getOutputStream().write(body);
		}
	}

}
