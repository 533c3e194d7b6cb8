package io.hdx.security.deid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Noise for numeric values (GB/T 37964-2019 Annex A, randomization techniques — clause number
 * unconfirmed): a value moves by up to {@code ±fraction} of itself, uniformly, rounded back to its
 * own number of decimal places. The noise is keyed (HMAC-SM3 of the context and the value), so the
 * same value in the same place under the same key always gets the same noise: repeated releases
 * cannot be averaged to the true value.
 *
 * <pre>{@code
 * NumericNoise noise = NumericNoise.create(pseudonyms, 0.05);
 * noise.apply("DE04.10.188.00", new BigDecimal("72.5"));   // within 68.9..76.1, one decimal
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class NumericNoise {
  private static final String DOMAIN = "hdx-deid/noise/";
  private static final long RESOLUTION = 1_000_000L;

  private final KeyedPseudonym prf;
  private final double fraction;

  private NumericNoise(KeyedPseudonym prf, double fraction) {
    this.prf = prf;
    this.fraction = fraction;
  }

  /** Noise of up to {@code ±fraction} (0 &lt; fraction &le; 1) of each value. */
  public static NumericNoise create(KeyedPseudonym prf, double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]");
    }
    return new NumericNoise(Objects.requireNonNull(prf, "prf"), fraction);
  }

  /** The largest relative change. */
  public double fraction() {
    return fraction;
  }

  /** {@code value} with keyed noise, at the value's own scale (never a negative scale). */
  public BigDecimal apply(String context, BigDecimal value) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(value, "value");
    long k = prf.uniform(DOMAIN + context, value.toPlainString(), 2 * RESOLUTION + 1);
    double u = (k - RESOLUTION) / (double) RESOLUTION; // [-1, 1]
    BigDecimal delta = value.abs().multiply(BigDecimal.valueOf(u * fraction));
    int scale = Math.max(0, value.scale());
    return value.add(delta).setScale(scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public String toString() {
    return "NumericNoise[fraction=" + fraction + ", key redacted]";
  }
}
