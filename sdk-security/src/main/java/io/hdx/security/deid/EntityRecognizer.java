package io.hdx.security.deid;

import java.io.Serializable;
import java.util.List;

/**
 * A named-entity recognizer for free text: finds person names ({@link ValueKind#NAME}), places
 * ({@link ValueKind#ADDRESS}) and organizations ({@link ValueKind#OTHER}) that appear nowhere else
 * in the document. HDX's own {@link TextScanner} finds what patterns and the header can tell; a
 * statistical recognizer (for example HanLP) plugs in here, in its own optional artifact.
 *
 * <p>Implementations are serialized with the engine that uses them (Spark, Flink).
 *
 * <p>Thread safety: implementations must be safe to call from several threads.
 *
 * @since 0.1.0
 */
public interface EntityRecognizer extends Serializable {
  /** The spans of {@code text} that name a person, place or organization; may overlap. */
  List<TextSpan> find(String text);
}
