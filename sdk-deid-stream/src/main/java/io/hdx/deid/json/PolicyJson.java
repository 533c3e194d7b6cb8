package io.hdx.deid.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.hdx.security.deid.Action;
import io.hdx.security.deid.Category;
import io.hdx.security.deid.DatePrecision;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.Policy;
import io.hdx.security.deid.PolicyException;
import io.hdx.security.deid.RegionLevel;
import io.hdx.security.deid.Rule;
import io.hdx.security.deid.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes de-identification policies as JSON (README "Policy JSON" documents the format):
 *
 * <pre>{@code
 * {
 *   "name": "hospital-research",
 *   "extends": "research",
 *   "default": {"action": "remove"},
 *   "categories": {
 *     "quasi": {"action": "generalize", "date": "year", "kinds": {"code": {"action": "keep"}}}
 *   },
 *   "dataElements": {"DE02.01.005.01": {"action": "generalize", "date": "year"}},
 *   "paths": {"/ClinicalDocument/recordTarget/patientRole/addr/*": {"action": "remove"}},
 *   "identifiers": {"2.16.156.10011.1.12": {"action": "pseudonymize"}},
 *   "dateShiftMaxDays": 180,
 *   "freeText": "scan"
 * }
 * }</pre>
 *
 * <p>Validation on load: unknown fields, duplicate fields, wrong types, unknown actions,
 * categories, kinds or levels, and parameters out of range are refused with a {@link
 * PolicyException} whose message names the line and the field ({@code DEID-0102 line 7,
 * categories.quasi.date: expected one of none, year, month, day}); the offending value is not
 * repeated.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class PolicyJson {
  /** Largest policy document read, in characters. */
  static final int MAX_LENGTH = 1 << 20;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096).build())
      .build();

  private PolicyJson() {}

  /** Reads a policy from UTF-8 JSON text. */
  public static Policy read(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = FACTORY.createParser(json)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      return new Reader(p).policy();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PolicyException(PolicyException.MALFORMED, "line " + line + ": not well-formed JSON ("
          + e.getClass().getSimpleName() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a policy from a UTF-8 stream (at most 1 MiB). */
  public static Policy read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_LENGTH) {
        throw new PolicyException(PolicyException.MALFORMED, "policy document larger than 1 MiB");
      }
    }
    return read(new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  /** The policy as pretty-printed JSON that {@link #read(String)} reads back equal. */
  public static String write(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("name", policy.name());
      g.writeFieldName("default");
      writeRule(g, policy.unknownRule());
      g.writeObjectFieldStart("categories");
      for (Map.Entry<Category, Rule> e : policy.categories().entrySet()) {
        g.writeFieldName(e.getKey().jsonName());
        writeRuleFields(g, e.getValue(), policy.kinds().get(e.getKey()));
      }
      for (Map.Entry<Category, Map<ValueKind, Rule>> e : policy.kinds().entrySet()) {
        if (!policy.categories().containsKey(e.getKey())) {
          g.writeFieldName(e.getKey().jsonName());
          writeRuleFields(g, policy.unknownRule(), e.getValue());
        }
      }
      g.writeEndObject();
      writeMap(g, "dataElements", policy.dataElements());
      writeMap(g, "paths", policy.paths());
      writeMap(g, "identifiers", policy.identifiers());
      g.writeNumberField("dateShiftMaxDays", policy.dateShiftMaxDays());
      g.writeStringField("freeText", policy.scansFreeText() ? "scan" : "keep");
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8) + "\n";
  }

  private static void writeMap(JsonGenerator g, String name, Map<String, Rule> rules) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Rule> e : rules.entrySet()) {
      g.writeFieldName(e.getKey());
      writeRule(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, Rule rule) throws IOException {
    writeRuleFields(g, rule, null);
  }

  private static void writeRuleFields(JsonGenerator g, Rule rule, Map<ValueKind, Rule> kinds) throws IOException {
    g.writeStartObject();
    g.writeStringField("action", rule.action().jsonName());
    if (rule.region().isPresent()) {
      g.writeStringField("region", lower(rule.region().get()));
    }
    if (rule.birth().isPresent()) {
      g.writeStringField("birth", lower(rule.birth().get()));
    }
    if (rule.keepSex().isPresent()) {
      g.writeBooleanField("keepSex", rule.keepSex().get());
    }
    if (rule.keepLast().isPresent()) {
      g.writeNumberField("keepLast", rule.keepLast().get());
    }
    if (rule.date().isPresent()) {
      g.writeStringField("date", lower(rule.date().get()));
    }
    if (rule.ageBand().isPresent()) {
      g.writeNumberField("ageBand", rule.ageBand().get());
    }
    if (rule.width().isPresent()) {
      g.writeNumberField("width", rule.width().get());
    }
    if (rule.fraction().isPresent()) {
      g.writeNumberField("fraction", rule.fraction().get());
    }
    if (kinds != null && !kinds.isEmpty()) {
      g.writeObjectFieldStart("kinds");
      for (Map.Entry<ValueKind, Rule> k : kinds.entrySet()) {
        g.writeFieldName(k.getKey().jsonName());
        writeRule(g, k.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** One pass over the tokens; {@code where} is the dotted field path for messages. */
  private static final class Reader {
    private final JsonParser p;

    Reader(JsonParser p) {
      this.p = p;
    }

    Policy policy() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail("", "expected a JSON object");
      }
      String name = null;
      String base = null;
      List<Consumer<Policy.Builder>> rules = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        int line = line();
        switch (field) {
          case "name":
            name = text(field);
            if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
              throw fail(line, field, "letters, digits, '-', '_', '.', 1..64 characters");
            }
            break;
          case "extends":
            base = text(field).toLowerCase(Locale.ROOT);
            if (!Policies.names().contains(base)) {
              throw fail(line, field, "expected one of " + String.join(", ", Policies.names()));
            }
            break;
          case "default": {
            Rule r = rule(field, null);
            rules.add(b -> b.unknown(r));
            break;
          }
          case "categories":
            categories(rules);
            break;
          case "dataElements":
            selectorMap(field, rules, "DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}", "a data element code such as DE02.01.039.00",
                (b, k, r) -> b.dataElement(k, r));
            break;
          case "paths":
            selectorMap(field, rules, "[^*]+\\*?", "a path, with '*' only at the end", (b, k, r) -> b.path(k, r));
            break;
          case "identifiers":
            selectorMap(field, rules, "[0-2](\\.(0|[1-9][0-9]*))+", "an OID", (b, k, r) -> b.identifier(k, r));
            break;
          case "dateShiftMaxDays": {
            int days = integer(field, 1, 3650);
            rules.add(b -> b.dateShiftMaxDays(days));
            break;
          }
          case "freeText": {
            String mode = text(field);
            if (!mode.equals("scan") && !mode.equals("keep")) {
              throw fail(line, field, "expected one of scan, keep");
            }
            rules.add(b -> b.scanFreeText(mode.equals("scan")));
            break;
          }
          default:
            throw fail(line, field, "unknown field (name, extends, default, categories, dataElements, paths, "
                + "identifiers, dateShiftMaxDays, freeText)");
        }
      }
      if (p.nextToken() != null) {
        throw fail("", "content after the policy object");
      }
      if (name == null) {
        throw fail(1, "name", "required, missing");
      }
      Policy.Builder builder = base == null ? Policy.builder(name) : Policies.byName(base).toBuilder().name(name);
      for (Consumer<Policy.Builder> rule : rules) {
        rule.accept(builder);
      }
      return builder.build();
    }

    private interface Put {
      void put(Policy.Builder b, String key, Rule rule);
    }

    private void selectorMap(String field, List<Consumer<Policy.Builder>> rules, String pattern, String expected,
        Put put) throws IOException {
      expect(JsonToken.START_OBJECT, field, "expected an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line();
        if (!key.matches(pattern)) {
          throw fail(line, field, "each key must be " + expected);
        }
        p.nextToken();
        Rule r = rule(field + "." + key, null);
        rules.add(b -> put.put(b, key, r));
      }
    }

    private void categories(List<Consumer<Policy.Builder>> rules) throws IOException {
      expect(JsonToken.START_OBJECT, "categories", "expected an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line();
        Category c = Category.fromJsonName(key).orElseThrow(() ->
            fail(line, "categories", "each key must be one of direct, quasi, sensitive, none, unknown"));
        p.nextToken();
        Map<ValueKind, Rule> kinds = new java.util.EnumMap<>(ValueKind.class);
        Rule r = rule("categories." + key, c == Category.UNKNOWN ? null : kinds);
        rules.add(b -> {
          b.category(c, r);
          for (Map.Entry<ValueKind, Rule> k : kinds.entrySet()) {
            b.kind(c, k.getKey(), k.getValue());
          }
        });
      }
    }

    /** A rule object; {@code kinds}, when not null, receives its "kinds" member. */
    private Rule rule(String where, Map<ValueKind, Rule> kinds) throws IOException {
      int start = line();
      expect(JsonToken.START_OBJECT, where, "expected a rule object");
      Rule.Builder b = null;
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        String at = where + "." + field;
        p.nextToken();
        int line = line();
        switch (field) {
          case "action":
            Action a = Action.fromJsonName(text(at)).orElseThrow(() -> fail(line, at,
                "expected one of keep, remove, mask, pseudonymize, reversible, generalize, date-shift, noise"));
            b = Rule.builder(a);
            break;
          case "region":
            values.put(field, enumValue(at, RegionLevel.class, "none, province, prefecture, county"));
            break;
          case "birth":
          case "date":
            values.put(field, enumValue(at, DatePrecision.class, "none, year, month, day"));
            break;
          case "keepSex":
            if (!p.currentToken().isBoolean()) {
              throw fail(line, at, "expected true or false");
            }
            values.put(field, p.getBooleanValue());
            break;
          case "keepLast":
            values.put(field, integer(at, 0, 8));
            break;
          case "ageBand":
            values.put(field, integer(at, 1, 50));
            break;
          case "width":
            values.put(field, integer(at, 1, Integer.MAX_VALUE));
            break;
          case "fraction":
            if (!p.currentToken().isNumeric() || !(p.getDoubleValue() > 0 && p.getDoubleValue() <= 1)) {
              throw fail(line, at, "expected a number in (0, 1]");
            }
            values.put(field, p.getDoubleValue());
            break;
          case "kinds":
            if (kinds == null) {
              throw fail(line, at, "kinds are allowed only in a category other than unknown");
            }
            expect(JsonToken.START_OBJECT, at, "expected an object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String kindName = p.currentName();
              int kl = line();
              ValueKind k = ValueKind.fromJsonName(kindName).orElseThrow(() -> fail(kl, at,
                  "each key must be one of name, resident-id, phone, identifier, address, region-code, date, age, "
                      + "number, code, text, other"));
              p.nextToken();
              kinds.put(k, rule(at + "." + kindName, null));
            }
            break;
          default:
            throw fail(line, at, "unknown field (action, region, birth, keepSex, keepLast, date, ageBand, width, "
                + "fraction, kinds)");
        }
      }
      if (b == null) {
        throw fail(start, where + ".action", "required, missing");
      }
      for (Map.Entry<String, Object> e : values.entrySet()) {
        Object v = e.getValue();
        switch (e.getKey()) {
          case "region":
            b.region((RegionLevel) v);
            break;
          case "birth":
            b.birth((DatePrecision) v);
            break;
          case "date":
            b.date((DatePrecision) v);
            break;
          case "keepSex":
            b.keepSex((Boolean) v);
            break;
          case "keepLast":
            b.keepLast((Integer) v);
            break;
          case "ageBand":
            b.ageBand((Integer) v);
            break;
          case "width":
            b.width((Integer) v);
            break;
          default:
            b.fraction((Double) v);
        }
      }
      return b.build();
    }

    private <E extends Enum<E>> E enumValue(String where, Class<E> type, String allowed) throws IOException {
      int line = line();
      String t = text(where);
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(t)) {
          return e;
        }
      }
      throw fail(line, where, "expected one of " + allowed);
    }

    private String text(String where) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(line(), where, "expected a string");
      }
      return p.getText();
    }

    private int integer(String where, int min, int max) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw fail(line(), where, "expected an integer " + min + ".." + max);
      }
      long v = p.getLongValue();
      if (v < min || v > max) {
        throw fail(line(), where, "expected an integer " + min + ".." + max);
      }
      return (int) v;
    }

    private void expect(JsonToken token, String where, String message) throws IOException {
      if (p.currentToken() != token) {
        throw fail(line(), where, message);
      }
    }

    private int line() {
      return p.currentTokenLocation().getLineNr();
    }

    private PolicyException fail(String where, String message) {
      return fail(line(), where, message);
    }

    private static PolicyException fail(int line, String where, String message) {
      return new PolicyException(PolicyException.INVALID_FIELD,
          "line " + line + (where.isEmpty() ? "" : ", " + where) + ": " + message);
    }
  }
}
