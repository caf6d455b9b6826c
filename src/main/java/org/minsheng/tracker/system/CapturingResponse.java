package org.minsheng.tracker.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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

	/** What the writer wrote, as characters: encoded once, when the body is taken. */
	private StringBuilder text;

	private Charset charset;

	/** Parts already encoded that the text refers to by markers. */
	private final EncodedParts parts = new EncodedParts();

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
			this.charset = Charset.forName(getCharacterEncoding());
			this.text = new StringBuilder(64 * 1024);
			this.writer = new PrintWriter(new TextWriter(this.text), false);
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
		if (this.text != null) {
			this.text.setLength(0);
		}
	}

	@Override
	public void reset() {
		super.reset();
		this.content.reset();
		if (this.text != null) {
			this.text.setLength(0);
		}
	}

	/** What the page being written may refer to by markers ({@link EncodedParts}). */
	EncodedParts encodedParts() {
		return this.parts;
	}

	/**
	 * The body written so far, with the writer flushed and the parts referred to spliced
	 * in: a new array.
	 */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
			return this.parts.isEmpty() ? this.text.toString().getBytes(this.charset)
					: this.parts.splice(this.text, this.charset);
		}
		return this.content.toByteArray();
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

	/**
	 * Appends to a string builder without locking or encoding: a page is written in many
	 * small pieces, and encoding each piece on its own cost 13 % of a render's CPU.
	 */
	private static final class TextWriter extends Writer {

		private final StringBuilder text;

		TextWriter(StringBuilder text) {
			this.text = text;
		}

		@Override
		public void write(int c) {
			this.text.append((char) c);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			this.text.append(chars, offset, length);
		}

		@Override
		public void write(String string) {
			this.text.append(string);
		}

		@Override
		public void write(String string, int offset, int length) {
			if (offset == 0 && length == string.length()) {
				// A whole string is copied at once; a range of one is copied character by
				// character on Java 17 (8 % of a render whose parts were kept rendered).
				this.text.append(string);
			}
			else {
				this.text.append(string, offset, offset + length);
			}
		}

		@Override
		public Writer append(CharSequence chars) {
			this.text.append(chars);
			return this;
		}

		@Override
		public void flush() {
			// Nothing is held back.
		}

		@Override
		public void close() {
			// Nothing to release.
		}

	}

}
