package io.hdx.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Records each HTTP attempt into a {@link ClientMetrics}: the action (the request's String tag), the status (0 when
 * the attempt failed without an answer) and the time. Sees no body and no header.
 *
 * <p>Thread safety: stateless apart from the thread-safe metrics.
 */
final class MetricsInterceptor implements Interceptor {
  private final ClientMetrics metrics;

  MetricsInterceptor(ClientMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      metrics.record(request.tag(String.class), response.code(), System.nanoTime() - start);
      return response;
    } catch (IOException e) {
      metrics.record(request.tag(String.class), 0, System.nanoTime() - start);
      throw e;
    }
  }
}
