package io.hdx.codec.json;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The Chinese names of the data elements of {@link DataElementCatalog#standard()} by code text, built once on first
 * use (holder idiom) and never changed: the encoder's {@code name} of an entry whose document gave no display name.
 *
 * <p>Thread safety: immutable after class initialisation.
 */
final class CatalogNames {
  private CatalogNames() {}

  /** Code text (e.g. {@code DE04.01.119.00}) to name. */
  static Map<String, String> standard() {
    return Holder.NAMES;
  }

  private static final class Holder {
    static final Map<String, String> NAMES = load();

    private static Map<String, String> load() {
      Map<String, String> names = new HashMap<>();
      for (DataElement e : DataElementCatalog.standard().all()) {
        names.put(e.code().value(), e.nameZh());
      }
      return Collections.unmodifiableMap(names);
    }
  }
}
