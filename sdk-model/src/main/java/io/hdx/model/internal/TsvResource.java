package io.hdx.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reads a UTF-8, tab-separated classpath resource: lines starting with {@code #} are comments,
 * the first other line is the header, every further line a row with exactly as many cells as the
 * header. An empty cell is an empty string. For HDX internal use only.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class TsvResource {

  private TsvResource() {}

  /**
   * Reads the rows of a resource.
   *
   * @param anchor class whose loader and package resolve {@code name}
   * @param name resource name relative to {@code anchor}'s package, or absolute with a leading /
   * @param header the column names the resource must declare, in order
   * @return the rows, each an unmodifiable list of cells, in file order
   * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
   */
  public static List<List<String>> read(Class<?> anchor, String name, List<String> header) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(header, "header");
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("HDX resource missing: " + name);
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      boolean headerSeen = false;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        if (!headerSeen) {
          if (!cells.equals(header)) {
            throw new IllegalStateException(
                "HDX resource " + name + " line " + lineNumber + ": header is not " + header);
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != header.size()) {
          throw new IllegalStateException("HDX resource " + name + " line " + lineNumber
              + ": " + cells.size() + " cells where the header has " + header.size());
        }
        rows.add(Collections.unmodifiableList(cells));
      }
      if (!headerSeen) {
        throw new IllegalStateException("HDX resource " + name + ": no header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("HDX resource " + name + ": cannot be read", e);
    }
    return Collections.unmodifiableList(rows);
  }
}
