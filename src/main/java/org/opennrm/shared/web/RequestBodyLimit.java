package org.opennrm.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body longer than {@code opennrm.api.max-request-size}, before it is read into memory: a
 * JSON body is read whole before its fields' own limits are checked, so without this one request of a hundred
 * megabytes in one name is read, and a few at once exhaust the memory. A body declared longer fails at once, one sent
 * in chunks as soon as it passes the limit; the API answers 413 in the caller's language ({@link ApiErrorHandling}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

	/** Raised while reading a body past the limit; an {@link IOException}, as a reader expects of a stream. */
	static final class BodyTooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLarge(long limit) {
			super("request body longer than " + limit + " bytes");
		}

	}

	private final long limit;

	RequestBodyLimit(long limit) {
		if (limit <= 0) {
			throw new IllegalStateException("opennrm.api.max-request-size must be more than zero; it is " + limit);
		}
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > limit) {
				throw new BodyTooLarge(limit);
			}
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
