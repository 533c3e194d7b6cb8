package io.hdx.deid.stream;

import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.PersonalDataCategory;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.security.deid.Category;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the stream needs of the document layouts of every spec: header fields by CDA path, and the
 * personal-data category of each body data element. Header paths are the same in every document
 * (WS/T 500 / WS/T 483 share the CDA header), so the union over all specs is one table.
 */
final class LayoutIndex {
  private final Map<String, Datum> header;
  private final Map<String, Category> bodyCategories;

  private LayoutIndex(Map<String, Datum> header, Map<String, Category> bodyCategories) {
    this.header = Collections.unmodifiableMap(header);
    this.bodyCategories = Collections.unmodifiableMap(bodyCategories);
  }

  static LayoutIndex of(DocumentSpecRegistry specs) {
    Map<String, Datum> header = new HashMap<>();
    Map<String, Category> body = new HashMap<>();
    for (DocumentSpec spec : specs.all()) {
      DocumentLayout layout = DocumentLayout.of(spec);
      for (Datum d : layout.header()) {
        header.putIfAbsent(d.xpath(), d);
      }
      for (Datum d : layout.body()) {
        if (d.dataElement().isPresent()) {
          Category c = category(d.category());
          body.merge(d.dataElement().get(), c, LayoutIndex::stricter);
        }
      }
    }
    return new LayoutIndex(header, body);
  }

  /** The header datum at an element path or attribute path ({@code .../telecom/@value}), or null. */
  Datum header(String path) {
    return header.get(path);
  }

  /** The category of a body data element; {@link Category#UNKNOWN} for a code no layout lists. */
  Category bodyCategory(String dataElement) {
    return bodyCategories.getOrDefault(dataElement, Category.UNKNOWN);
  }

  static Category category(PersonalDataCategory c) {
    switch (c) {
      case DIRECT:
        return Category.DIRECT;
      case QUASI:
        return Category.QUASI;
      case SENSITIVE:
        return Category.SENSITIVE;
      default:
        return Category.NONE;
    }
  }

  /** Of two categories one data element has in different documents, the more identifying. */
  private static Category stricter(Category a, Category b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
