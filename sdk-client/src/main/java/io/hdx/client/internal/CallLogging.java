package io.hdx.client.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every HTTP attempt of the platform client through SLF4J (logger {@code io.hdx.client}): endpoint (scheme,
 * host, port and path only: no user info, no query), action, HTTP status and milliseconds at DEBUG, failures at
 * WARN with the exception's class only. Never a body, a header value or anything a message carries (STYLE.md §11).
 *
 * <p>Thread safety: stateless.
 */
public final class CallLogging implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.hdx.client");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      if (LOG.isDebugEnabled()) {
        LOG.debug("platform call endpoint={} action={} status={} ms={}", endpoint(request.url()),
            request.tag(String.class), response.code(), (System.nanoTime() - start) / 1_000_000);
      }
      return response;
    } catch (IOException e) {
      LOG.warn("platform call endpoint={} action={} failed={} ms={}", endpoint(request.url()),
          request.tag(String.class), e.getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
      throw e;
    }
  }

  /** The URL without user info or query: what may be logged. */
  public static String endpoint(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
  }
}
