package io.hdx.model.testing;

import java.util.Collections;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik's default arbitrary for {@link Choices} (registered in {@code META-INF/services}), so that a property takes
 * {@code @ForAll Choices choices} without a {@code @Provide} method. Thread safety: stateless.
 */
public final class ChoicesProvider implements ArbitraryProvider {
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Choices.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Collections.<Arbitrary<?>>singleton(Choices.any());
  }
}
