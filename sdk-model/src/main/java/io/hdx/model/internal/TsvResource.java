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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table read from the classpath: UTF-8, lines starting with {@code #} are
 * comments, the first other line names the columns. The data files of sdk-model (specs, catalogs,
 * value sets) use this form so that they diff well and need no parser library.
 *
 * <p>Thread safety: immutable once read.
 */
public final class TsvResource {
  private final String name;
  private final Map<String, Integer> columns;
  private final List<String[]> rows;

  private TsvResource(String name, Map<String, Integer> columns, List<String[]> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads the resource {@code path} (absolute, e.g. {@code /io/hdx/model/spec/documents.tsv}).
   *
   * @throws IllegalStateException when the resource is missing or has no header: a broken jar
   */
  public static TsvResource read(String path) {
    InputStream in = TsvResource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource " + path + " is missing from the sdk-model jar");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, Integer> columns = null;
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (columns == null) {
          columns = new HashMap<>();
          for (int i = 0; i < cells.length; i++) {
            columns.put(cells[i], i);
          }
        } else {
          rows.add(Arrays.copyOf(cells, Math.max(cells.length, columns.size())));
        }
      }
      if (columns == null) {
        throw new IllegalStateException("resource " + path + " has no header line");
      }
      return new TsvResource(path, columns, Collections.unmodifiableList(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  /** The number of data rows. */
  public int size() {
    return rows.size();
  }

  /** The cell of {@code column} in row {@code row}; empty string when blank. */
  public String get(int row, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalStateException("resource " + name + " has no column " + column);
    }
    String cell = rows.get(row)[index];
    return cell == null ? "" : cell;
  }

  /** The cell, or {@code null} when blank. */
  public String getOrNull(int row, String column) {
    String cell = get(row, column);
    return cell.isEmpty() ? null : cell;
  }
}
