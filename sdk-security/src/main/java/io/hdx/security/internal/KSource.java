package io.hdx.security.internal;

import java.math.BigInteger;

/**
 * Where SM2 takes its per-operation random scalar k from (GB/T 32918.2 §6.1 A3, GB/T 32918.4 §6.1
 * A1). Production code always uses {@link Sm2Engine#RANDOM_K}; a fixed k exists only so that tests
 * can reproduce the standard's worked examples.
 *
 * <p>Thread safety: implementations must be safe for concurrent use.
 *
 * @since 0.1.0
 */
public interface KSource {
  /** A scalar in [1, n-1]. */
  BigInteger nextK();
}
