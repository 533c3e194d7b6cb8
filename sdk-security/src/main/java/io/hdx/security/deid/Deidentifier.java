package io.hdx.security.deid;

import io.hdx.model.id.CheckResult;
import io.hdx.model.id.RegionCheck;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.sm.Sm4Key;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The de-identification engine: applies a {@link Policy} to each datum, with keys from a {@link
 * DeidKeyProvider}. Build it once and share it; each {@link DeidRun} counts what it did into a
 * {@link Manifest}.
 *
 * <pre>{@code
 * Deidentifier deid = Deidentifier.builder()
 *     .policy(Policies.gbt37964())
 *     .keys(DeidKeys.fromFile(Paths.get("deid.key")))
 *     .build();
 * DeidRun run = deid.newRun();
 * Optional<String> out = run.apply(datum, value, patientKey);   // empty: removed
 * run.documentDone();
 * Manifest manifest = run.manifest();
 * }</pre>
 *
 * <p>Keys: one pseudonym key, from which HMAC-SM3 labels derive the sub-keys of each technique
 * (keyed pseudonyms, FF1, date shift, noise), and a separate SM4 key for reversible pseudonyms.
 * Values the engine cannot read for their rule (a date that is not a date, an age that is not a
 * number) are removed, never passed through. Exception messages never hold a value.
 *
 * <p>Serialization: the engine serializes as its policy and key provider and rebuilds its
 * primitives when read, so it can be shipped to Spark or Flink workers.
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Deidentifier implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Resident IDs are read without a "not after today" bound tied to the clock (pseudonyms must not change with the date). */
  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
  /** What a removed find in free text becomes. */
  public static final String REMOVED_MARK = "[*]";
  /** Finds in free text are looked up as their text's path plus this suffix (a policy may name it). */
  public static final String TEXT_SUFFIX = "#text";

  private final Policy policy;
  private final DeidKeyProvider keys;
  private final String keyId;
  private final transient KeyedPseudonym pseudonyms;
  private final transient Ff1 ff1;
  private final transient DateShift dateShift;
  private final transient KeyedPseudonym noiseKey;
  private final transient ReversiblePseudonym reversible;
  private final TextScanner scanner;

  private Deidentifier(Policy policy, DeidKeyProvider keys, TextScanner scanner) {
    this.policy = policy;
    this.keys = keys;
    this.scanner = scanner;
    this.keyId = Objects.requireNonNull(keys.keyId(), "keyId");
    byte[] master = Objects.requireNonNull(keys.pseudonymKey(SecretKeyAccess.insecureSecretAccess()), "pseudonymKey");
    if (master.length < KeyedPseudonym.MIN_KEY_LENGTH) {
      Bytes.wipe(master);
      throw new PolicyException(PolicyException.KEY, "deid key: pseudonym key must be at least 16 bytes");
    }
    byte[] p = Subkeys.derive(master, "hdx-deid/pseudonym");
    byte[] f = Subkeys.derive(master, "hdx-deid/ff1");
    byte[] d = Subkeys.derive(master, "hdx-deid/date-shift");
    byte[] n = Subkeys.derive(master, "hdx-deid/noise");
    byte[] f16 = Arrays.copyOf(f, Sm4Key.LENGTH);
    try {
      this.pseudonyms = KeyedPseudonym.create(p);
      this.ff1 = Ff1.sm4(Sm4Key.fromBytes(f16), 10);
      this.dateShift = DateShift.create(KeyedPseudonym.create(d), policy.dateShiftMaxDays());
      this.noiseKey = KeyedPseudonym.create(n);
    } finally {
      Bytes.wipe(master);
      Bytes.wipe(p);
      Bytes.wipe(f);
      Bytes.wipe(f16);
      Bytes.wipe(d);
      Bytes.wipe(n);
    }
    Optional<Sm4Key> rk = keys.reversibleKey();
    if (policy.usesReversible() && !rk.isPresent()) {
      throw new PolicyException(PolicyException.NO_REVERSIBLE_KEY,
          "policy " + policy.name() + ": uses reversible pseudonyms, and no reversible key was given");
    }
    this.reversible = rk.map(ReversiblePseudonym::create).orElse(null);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The key id (never the key). */
  public String keyId() {
    return keyId;
  }

  /** A new run: apply values through it, then read its manifest. */
  public DeidRun newRun() {
    return new DeidRun(this);
  }

  /** The rule the policy gives {@code datum}. */
  public Rule ruleFor(Datum datum) {
    return policy.ruleFor(datum);
  }

  /**
   * The de-identified value under {@code rule}, and the action actually applied (a rule that does
   * not fit the kind of value, or a value it cannot read, falls back to removal).
   */
  Outcome transform(Rule rule, Datum datum, String value, Subject subject) {
    Action action = rule.action();
    ValueKind kind = datum.kind();
    String domain = domain(datum);
    switch (action) {
      case KEEP:
        return new Outcome(Action.KEEP, value);
      case MASK:
        return new Outcome(Action.MASK, mask(rule, kind, value));
      case PSEUDONYMIZE:
        String p = pseudonymize(rule, kind, domain, value);
        return p == null ? Outcome.REMOVED : new Outcome(Action.PSEUDONYMIZE, p);
      case REVERSIBLE:
        return reversible == null ? Outcome.REMOVED : new Outcome(Action.REVERSIBLE, reversible.encrypt(domain, value));
      case GENERALIZE:
        String g = generalize(rule, kind, value);
        return g == null || g.isEmpty() ? Outcome.REMOVED : new Outcome(Action.GENERALIZE, g);
      case DATE_SHIFT:
        if (kind == ValueKind.DATE) {
          try {
            return new Outcome(Action.DATE_SHIFT, dateShift.shiftHl7(value, subject.key()));
          } catch (IllegalArgumentException e) {
            return Outcome.REMOVED;
          }
        }
        return Outcome.REMOVED;
      case NOISE:
        if (kind == ValueKind.NUMBER || kind == ValueKind.AGE) {
          BigDecimal number = parseNumber(value);
          if (number != null) {
            double fraction = rule.fraction().orElse(0.05);
            return new Outcome(Action.NOISE, NumericNoise.create(noiseKey, fraction).apply(domain, number).toPlainString());
          }
        }
        return Outcome.REMOVED;
      default:
        return Outcome.REMOVED;
    }
  }

  static String domain(Datum datum) {
    return datum.identifierOid().orElseGet(() -> datum.dataElement().orElse(datum.path()));
  }

  private static String mask(Rule rule, ValueKind kind, String value) {
    int keepLast = rule.keepLast().orElse(4);
    switch (kind) {
      case NAME:
        return Masking.name(value);
      case PHONE:
        return Masking.phone(value, keepLast);
      case IDENTIFIER:
        return Masking.keepLastDigits(value, keepLast);
      case RESIDENT_ID:
        ResidentIdNumber id = residentId(value);
        return id == null ? Masking.keepLastDigits(value, Math.min(keepLast, 4))
            : Masking.residentId(id, rule.region().orElse(RegionLevel.COUNTY), rule.birth().orElse(DatePrecision.NONE),
                Math.min(keepLast, 4));
      case ADDRESS:
        return Addresses.mask(value, rule.region().orElse(RegionLevel.PREFECTURE));
      default:
        return Masking.all(value);
    }
  }

  private String pseudonymize(Rule rule, ValueKind kind, String domain, String value) {
    switch (kind) {
      case RESIDENT_ID:
        ResidentIdNumber id = residentId(value);
        if (id != null) {
          return ResidentIdPseudonym.create(ff1, rule.region().orElse(RegionLevel.PROVINCE),
              rule.birth().orElse(DatePrecision.YEAR), rule.keepSex().orElse(true)).pseudonymize(id);
        }
        return formatPreserving(domain, value);
      case PHONE:
      case IDENTIFIER:
        return formatPreserving(domain, value);
      case NAME:
        return PseudonymNames.of(pseudonyms, domain, value);
      case ADDRESS:
      case TEXT:
      case OTHER:
        return pseudonyms.token(domain, value);
      default:
        return null;
    }
  }

  /**
   * Digits replaced in place, letters and separators kept: FF1 over SM4 (tweak: the identifier
   * scheme or data element) when there are at least six digits, keyed digits below that, a token
   * when there are none, or when the value is not identifier-shaped (other characters than ASCII
   * letters, digits and separators, or longer than 64).
   */
  String formatPreserving(String domain, String value) {
    if (!identifierShaped(value)) {
      // Not a number with letters and separators (free text in an identifier field): keeping its other
      // characters would keep whatever they say, so the whole value becomes a token.
      return pseudonyms.token(domain, value);
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() == 0) {
      return pseudonyms.token(domain, value);
    }
    String replaced = digits.length() >= ff1.minLength() && digits.length() <= Ff1.MAX_LENGTH
        ? ff1.encryptDigits(digits.toString(), domain.getBytes(StandardCharsets.UTF_8))
        : pseudonyms.digits(domain, value, digits.length());
    char[] out = value.toCharArray();
    int j = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= '0' && out[i] <= '9') {
        out[i] = replaced.charAt(j++);
      }
    }
    return new String(out);
  }

  /** ASCII letters, digits and the separators identifiers are written with ({@code - _ / . : space}), at most 64. */
  private static boolean identifierShaped(String value) {
    if (value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
          || c == '-' || c == '_' || c == '/' || c == '.' || c == ':' || c == ' ' || c == '+' || c == '(' || c == ')';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String generalize(Rule rule, ValueKind kind, String value) {
    try {
      switch (kind) {
        case DATE:
          return Generalization.hl7Date(value, rule.date().orElse(DatePrecision.MONTH));
        case AGE:
          BigDecimal age = parseNumber(value);
          return age == null || age.signum() < 0 ? null
              : Generalization.ageBand(age.intValue(), rule.ageBand().orElse(10), 90);
        case NUMBER:
          BigDecimal number = parseNumber(value);
          return number == null ? null : Generalization.range(number, rule.width().orElse(10L)).toString();
        case REGION_CODE:
          return Generalization.regionCode(value, rule.region().orElse(RegionLevel.PREFECTURE));
        case ADDRESS:
          return Addresses.generalize(value, rule.region().orElse(RegionLevel.PREFECTURE));
        case RESIDENT_ID:
          ResidentIdNumber id = residentId(value);
          return id == null ? null : Masking.residentId(id, rule.region().orElse(RegionLevel.PREFECTURE),
              rule.birth().orElse(DatePrecision.YEAR), 0);
        default:
          return null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ResidentIdNumber residentId(String value) {
    CheckResult<ResidentIdNumber> r = ResidentIdNumber.check(value, RegionCheck.LENIENT, FAR_FUTURE);
    return r.value().orElse(null);
  }

  private static BigDecimal parseNumber(String value) {
    String v = value.trim();
    if (v.isEmpty() || v.length() > 40) {
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Free text with the personal data the scanner finds replaced as the policy says for each kind
   * (dates as quasi-identifiers, everything else as direct identifiers; removed finds become
   * {@value #REMOVED_MARK}); each replacement is counted under {@code datum}.
   */
  String scanText(DeidRun run, Datum datum, String text, Subject subject) {
    List<TextSpan> spans = scanner.scan(text, subject);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (TextSpan span : spans) {
      out.append(text, at, span.start());
      String found = text.substring(span.start(), span.end());
      Datum inText = Datum.builder(datum.path() + TEXT_SUFFIX,
          span.kind() == ValueKind.DATE ? Category.QUASI : Category.DIRECT, span.kind()).build();
      String value = found;
      if (span.kind() == ValueKind.DATE) {
        value = TextScanner.toTs(found);
      }
      Outcome o = value == null ? Outcome.REMOVED : transform(policy.ruleFor(inText), inText, value, subject);
      run.count(datum.countKey(), o.action);
      if (o.action == Action.KEEP) {
        out.append(found);
      } else if (o.value == null) {
        out.append(REMOVED_MARK);
      } else if (span.kind() == ValueKind.DATE && o.action != Action.KEEP && o.action != Action.DATE_SHIFT
          && o.action != Action.GENERALIZE) {
        out.append(REMOVED_MARK);
      } else {
        out.append(span.kind() == ValueKind.DATE && o.value.matches("\\d{4,8}") ? TextScanner.fromTs(o.value) : o.value);
      }
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private Object writeReplace() {
    return new SerializedForm(policy, keys, scanner);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Deidentifier is serialized through its serialized form");
  }

  @Override
  public String toString() {
    return "Deidentifier[" + policy.name() + ", " + keyId + "]";
  }

  /** A value and the action that made it; a null value means removed. */
  static final class Outcome {
    static final Outcome REMOVED = new Outcome(Action.REMOVE, null);

    final Action action;
    final String value;

    Outcome(Action action, String value) {
      this.action = action;
      this.value = value;
    }
  }

  /** What a serialized engine holds: its policy, its key provider and its text scanner. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Policy policy;
    private final DeidKeyProvider keys;
    private final TextScanner scanner;

    SerializedForm(Policy policy, DeidKeyProvider keys, TextScanner scanner) {
      this.policy = policy;
      this.keys = keys;
      this.scanner = scanner;
    }

    private Object readResolve() {
      return new Deidentifier(policy, keys, scanner);
    }
  }

  /**
   * Builds a {@link Deidentifier}.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Policy policy;
    private DeidKeyProvider keys;
    private TextScanner scanner = TextScanner.create();

    private Builder() {}

    /** The free-text scanner (default: {@link TextScanner#create()}, patterns and header names). */
    public Builder textScanner(TextScanner scanner) {
      this.scanner = Objects.requireNonNull(scanner, "scanner");
      return this;
    }

    /** The policy (required). */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The key provider (required). */
    public Builder keys(DeidKeyProvider keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalStateException when the policy or the keys are missing
     * @throws PolicyException {@code DEID-0201} for an unusable key, {@code DEID-0202} when the
     *     policy needs a reversible key and none was given
     */
    public Deidentifier build() {
      if (policy == null || keys == null) {
        throw new IllegalStateException("Deidentifier needs a policy and keys");
      }
      return new Deidentifier(policy, keys, scanner);
    }
  }
}
