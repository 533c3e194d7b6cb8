package io.hdx.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar redrawn in place on a terminal's stderr. Obtain one from
 * {@link Console#progress}; it is silent when stderr is not a terminal.
 *
 * <p>Thread safety: {@link #step()} may be called from several threads.
 *
 * @since 0.1.0
 */
public class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream err;
  private final String label;
  private final long total;
  private long done;
  private long lastDraw;

  ProgressBar(PrintStream err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  static ProgressBar silent() {
    return new ProgressBar(null, "", 1) {
      @Override
      public synchronized void step() {}

      @Override
      public void close() {}
    };
  }

  /** Records one finished step and redraws at most ten times a second. */
  public synchronized void step() {
    done++;
    long now = System.nanoTime();
    if (done == total || now - lastDraw > REDRAW_NANOS) {
      lastDraw = now;
      int filled = (int) (WIDTH * Math.min(done, total) / total);
      StringBuilder bar = new StringBuilder(WIDTH);
      for (int i = 0; i < WIDTH; i++) {
        bar.append(i < filled ? '#' : '-');
      }
      err.print("\r" + label + " [" + bar + "] " + done + "/" + total);
      err.flush();
    }
  }

  /** Ends the bar's line. */
  @Override
  public void close() {
    err.print("\r\033[K");
    err.flush();
  }
}
