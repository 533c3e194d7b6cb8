package io.hdx.client;

/**
 * Receives an {@link AuditEvent} for every call a {@link PlatformClient} makes, successful or not, so that a
 * hospital can feed its own audit store or metrics. Called on the thread that completed the call; keep it quick
 * and never throw (an exception is logged and dropped).
 *
 * <p>Thread safety: implementations must be thread-safe; a shared client calls them from many threads.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AuditListener {
  /** Called once per call. */
  void onCall(AuditEvent event);
}
