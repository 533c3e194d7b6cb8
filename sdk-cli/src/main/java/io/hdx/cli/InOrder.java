package io.hdx.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on every core, a bounded number ahead, and hands the results to a sink in
 * input order as they finish: output streams, memory stays flat however many inputs there are, and
 * the sink runs on the calling thread only (it may use state that is not thread-safe).
 *
 * <p>Thread safety: stateless; {@code work} must be thread-safe.
 *
 * @since 0.1.0
 */
final class InOrder {
  /** Inputs in flight per worker: enough to keep every core busy, few enough to keep memory flat. */
  private static final int AHEAD_PER_WORKER = 8;

  private InOrder() {}

  /** Applies {@code work} to each input on a pool named {@code threadName}; results go to {@code sink} in order. */
  static <I, O> void run(List<I> inputs, Function<I, O> work, Consumer<O> sink, String threadName) {
    run(inputs, work, sink, threadName, () -> { });
  }

  /**
   * As {@link #run(List, Function, Consumer, String)}, calling {@code beforeWait} on the calling thread
   * whenever the next result is not ready yet (a verb that streams its output flushes there).
   */
  static <I, O> void run(List<I> inputs, Function<I, O> work, Consumer<O> sink, String threadName,
      Runnable beforeWait) {
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<O>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !ahead.isEmpty()) {
        while (next < inputs.size() && ahead.size() < workers * AHEAD_PER_WORKER) {
          I input = inputs.get(next++);
          ahead.add(pool.submit(() -> work.apply(input)));
        }
        sink.accept(await(ahead.poll()));
        if (ahead.isEmpty() || !ahead.peek().isDone()) {
          beforeWait.run();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("task failed: " + cause.getClass().getName());
    }
  }
}
