package io.hdx.codec.validate;

import io.hdx.model.Confidence;
import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.FormatCheck;
import io.hdx.model.dataset.ValueNotation;
import io.hdx.model.dataset.Ws363DataType;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.spec.BindingStrength;
import io.hdx.model.valueset.Membership;
import io.hdx.model.valueset.ValueSet;

/**
 * The checks of one value: its HL7 type against the entry's (HL7 V3 Data Types R1), its text
 * against the data element's WS 363 representation format, a code against the bound value set
 * (WS 364 / GB/T code tables) and a quantity's unit. Messages name the spec's facts, never the
 * value.
 *
 * <p>Thread safety: stateless.
 */
final class ValueChecks {
  private ValueChecks() {}

  /** Type, format, binding and unit of an entry's value; {@code entry} may be null (unknown element). */
  static void entryValue(IssueCollector issues, SpecIndex.EntryIndex entry, DataElement element, Hl7Value value,
      XPath where, String dataElement, String section) {
    // a type that a second rendering of the examples writes (EntrySpec.alsoTypes) is not contradicted: accepted
    if (entry != null && !entry.spec.accepts(value.type())) {
      boolean bothCoded = value.type().isCoded() && entry.spec.valueType().isCoded();
      issues.add(ValidationRule.VALUE_TYPE, bothCoded ? Severity.INFO : null, entry.spec.confidence(), where,
          dataElement, section, "xsi:type " + value.type() + " where the spec gives " + entry.spec.valueType()
              + (bothCoded ? " (compatible coded types)" : ""));
    }
    if (value instanceof NullValue || invalid(issues, value, where, dataElement, section)) {
      return;
    }
    if (value instanceof CodedValue) {
      // the document's codeSystem says ICD; how sure HDX is that the OID is that table is the bound set's confidence
      CodedValue cv = (CodedValue) value;
      boolean bound = entry != null && entry.valueSet != null && entry.valueSet.oid().equals(cv.codeSystem());
      codeShape(issues, cv, bound ? entry.valueSet.confidence() : Confidence.LOW, where, dataElement, section);
    }
    // The value's type follows the entry spec; when that spec is a guess, so is a format breach it causes.
    format(issues, element, value, entry == null ? null : entry.spec.confidence(), where, dataElement, section);
    if (entry == null) {
      return;
    }
    if (value instanceof CodedValue && entry.spec.valueSet().isPresent()) {
      BindingStrength binding = entry.spec.binding().orElse(BindingStrength.EXAMPLE);
      Confidence confidence = entry.valueSet == null ? entry.spec.confidence()
          : IssueCollector.lower(entry.spec.confidence(), entry.valueSet.confidence());
      coded(issues, (CodedValue) value, entry.spec.valueSet().get(), entry.valueSet, binding, confidence, where,
          dataElement, section);
    }
    if (value instanceof PhysicalQuantity && entry.unit != null) {
      PhysicalQuantity pq = (PhysicalQuantity) value;
      if (!pq.unit().isPresent()) {
        issues.add(ValidationRule.VALUE_UNIT, entry.spec.confidence(), where, dataElement, section,
            "no unit where the spec gives " + entry.unit);
      } else if (!sameUnit(pq.unit().get(), entry.unit)) {
        issues.add(ValidationRule.VALUE_UNIT, entry.spec.confidence(), where.attribute("unit"), dataElement,
            section, "unit is not the spec's unit " + entry.unit);
      }
    }
  }

  /**
   * A code of an ICD-10 or ICD-9-CM-3 table against its classification's shape ({@link CodeShapes}): no category
   * (ICD-10 letter and two digits, ICD-9-CM-3 two digits) is an error when the OID is confirmed as that table
   * ({@code confidence}) and a warning otherwise; an unexpected tail is a warning (national extensions vary). The
   * message never quotes the code.
   */
  static void codeShape(IssueCollector issues, CodedValue value, Confidence confidence, XPath where,
      String dataElement, String section) {
    String system = value.codeSystem();
    if (!CodeShapes.applies(system) || !issues.enabled(ValidationRule.CODE_SHAPE)) {
      return;
    }
    CodeShapes.Verdict verdict = CodeShapes.check(system, value.code());
    if (verdict == CodeShapes.Verdict.NO_CATEGORY) {
      issues.add(ValidationRule.CODE_SHAPE, confidence, where.attribute("code"), dataElement, section,
          "not an " + CodeShapes.name(system) + " code: it does not start with a category ("
              + (system.equals(CodeShapes.ICD9CM3) ? "two digits" : "a letter and two digits, A00-Z99") + ")");
    } else if (verdict == CodeShapes.Verdict.TAIL) {
      issues.add(ValidationRule.CODE_SHAPE, Confidence.LOW, where.attribute("code"), dataElement, section,
          "the " + CodeShapes.name(system) + " category is followed by an unexpected tail (not .d, .dd, the national "
              + "extension dd or x + three digits)");
    }
  }

  /**
   * Whether two unit spellings name the same unit: case-insensitively equal, or both spellings of degrees Celsius
   * (℃ as WS 363 and the WS/T 500 examples write it, °C, UCUM {@code Cel}) or of "per minute" (次/min as the
   * standard writes it, UCUM {@code /min}, 次/分).
   */
  static boolean sameUnit(String a, String b) {
    return unitKey(a).equals(unitKey(b));
  }

  private static String unitKey(String unit) {
    String u = unit.trim().toLowerCase(java.util.Locale.ROOT);
    switch (u) {
      case "℃":
      case "°c":
      case "cel":
      case "摄氏度":
        return "cel";
      case "次/min":
      case "/min":
      case "次/分":
      case "次/分钟":
        return "/min";
      default:
        return u;
    }
  }

  /**
   * Reports a value that breaks its data type (kept as written by the decoder, issue 10) at {@code where},
   * never quoting it; whether it did (then nothing more is checked of it).
   */
  static boolean invalid(IssueCollector issues, Hl7Value value, XPath where, String dataElement, String section) {
    if (value.isValid()) {
      return false;
    }
    if (value instanceof PointInTime) {
      issues.add(ValidationRule.VALUE_INVALID, null, where, dataElement, section,
          "not an HL7 TS point in time (YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZZZ], a real date and time)");
      return true;
    }
    if (value instanceof TimeInterval) {
      TimeInterval ivl = (TimeInterval) value;
      boolean low = ivl.low().isPresent() && invalid(issues, ivl.low().get(), where.child("low"), dataElement,
          section);
      boolean high = ivl.high().isPresent() && invalid(issues, ivl.high().get(), where.child("high"), dataElement,
          section);
      if (!low && !high && ivl.reversed()) {
        issues.add(ValidationRule.VALUE_INVALID, null, where, dataElement, section,
            "IVL_TS low is after high (HL7 V3 Data Types R1, IVL)");
        return true;
      }
      return low || high;
    }
    if (value instanceof InstanceIdentifier) {
      issues.add(ValidationRule.VALUE_INVALID, null, where, dataElement, section,
          "II without @root, or @root not an OID (HL7 V3 Data Types R1, II)");
    } else if (value instanceof CodedValue) {
      issues.add(ValidationRule.VALUE_INVALID, null, where, dataElement, section,
          value.type() + " without @codeSystem, or @codeSystem not an OID (HL7 V3 Data Types R1, CD)");
    } else {
      issues.add(ValidationRule.VALUE_INVALID, null, where, dataElement, section,
          "@value is not " + (value.type() == Hl7Type.INT ? "an integer" : value.type() == Hl7Type.BL
              ? "true or false" : "a decimal number") + " (HL7 V3 Data Types R1, " + value.type() + ")");
    }
    return true;
  }

  /**
   * The value's text against the element's WS 363 format, when the catalog gives one; capped by the
   * element's confidence and {@code confidence} (may be null).
   */
  static void format(IssueCollector issues, DataElement element, Hl7Value value, Confidence confidence, XPath where,
      String dataElement, String section) {
    if (element == null || !element.format().isPresent() || !issues.enabled(ValidationRule.VALUE_FORMAT)
        || !value.isValid()) {
      return;
    }
    if (value instanceof TimeInterval) {
      TimeInterval ivl = (TimeInterval) value;
      if (ivl.low().isPresent()) {
        format(issues, element, ivl.low().get(), confidence, where.child("low"), dataElement, section);
      }
      if (ivl.high().isPresent()) {
        format(issues, element, ivl.high().get(), confidence, where.child("high"), dataElement, section);
      }
      return;
    }
    String text = formatText(value);
    if (text == null) {
      return;
    }
    FormatCheck check = element.format().get().check(text, ValueNotation.HL7_V3);
    if (!check.isOk()) {
      String message = check.message();
      Confidence applies = IssueCollector.lower(element.confidence(), confidence);
      if (kindsDisagree(element, value)) {
        // One code, several meanings across documents (e.g. DE05.10.119.00 患者传染性标志 / 住院者疾病状态代码
        // in the WS/T 500 samples): the catalog's format may describe the other meaning.
        applies = Confidence.LOW;
        message = message + "; the catalog's data type (" + element.dataType().get().code()
            + ") does not match this value's type, so the format may describe another use of the code";
      }
      issues.add(ValidationRule.VALUE_FORMAT, applies, where,
          dataElement, section, message.contains("WS 363") ? message : message + " (WS 363)");
    }
  }

  /** Whether the catalog says boolean and the value is not one, or the other way round. */
  private static boolean kindsDisagree(DataElement element, Hl7Value value) {
    if (!element.dataType().isPresent()) {
      return false;
    }
    boolean catalogBoolean = element.dataType().get() == Ws363DataType.L;
    return catalogBoolean != (value instanceof BooleanValue);
  }

  /**
   * A coded value against its binding: code system, then membership (CODE_IN_VALUE_SET: REQUIRED with
   * a complete list an error, with a partial list info; EXAMPLE info at most).
   */
  static void coded(IssueCollector issues, CodedValue value, String boundOid, ValueSet valueSet,
      BindingStrength binding, Confidence confidence, XPath where, String dataElement, String section) {
    boolean required = binding == BindingStrength.REQUIRED;
    String setName = valueSet == null ? boundOid : boundOid + " " + valueSet.name();
    if (!value.codeSystem().equals(boundOid)) {
      issues.add(ValidationRule.CODE_SYSTEM, required ? null : Severity.INFO, confidence,
          where.attribute("codeSystem"), dataElement, section,
          "codeSystem is not the bound value set " + setName + " (" + binding + " binding)");
      return;
    }
    if (valueSet == null || valueSet.size() == 0) {
      return;
    }
    Membership membership = valueSet.membership(value.code());
    if (membership == Membership.MEMBER) {
      return;
    }
    Severity ceiling;
    String what;
    if (membership == Membership.NOT_MEMBER) {
      ceiling = required ? null : Severity.INFO;
      what = "code is not in value set " + setName;
    } else {
      // a partial list: a code HDX does not know is no defect it can claim (an unknown fact raises nothing above info)
      ceiling = Severity.INFO;
      what = "code is not among the " + valueSet.size() + " known codes of value set " + setName
          + " (the list is partial)";
    }
    issues.add(ValidationRule.CODE_IN_VALUE_SET, ceiling, confidence, where.attribute("code"), dataElement,
        section, what + " (" + binding + " binding)");
  }

  /** The value as WS 363 / HL7 V3 text for a format check, or {@code null} when it has none. */
  static String formatText(Hl7Value value) {
    if (value instanceof Text) {
      return ((Text) value).value();
    }
    if (value instanceof CodedValue) {
      return ((CodedValue) value).code();
    }
    if (value instanceof PhysicalQuantity) {
      return ((PhysicalQuantity) value).value().toPlainString();
    }
    if (value instanceof PointInTime) {
      return withoutOffset(((PointInTime) value).literal());
    }
    if (value instanceof IntegerValue) {
      return Long.toString(((IntegerValue) value).value());
    }
    if (value instanceof RealValue) {
      return ((RealValue) value).value().toPlainString();
    }
    if (value instanceof BooleanValue) {
      return Boolean.toString(((BooleanValue) value).value());
    }
    if (value instanceof MonetaryAmount) {
      return ((MonetaryAmount) value).value().toPlainString();
    }
    if (value instanceof InstanceIdentifier) {
      return ((InstanceIdentifier) value).extension().orElse(null);
    }
    return null;
  }

  /** A TS literal without its time-zone offset: WS 363 date formats carry none. */
  static String withoutOffset(String literal) {
    for (int i = 4; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '+' || c == '-') {
        return literal.substring(0, i);
      }
    }
    return literal;
  }
}
