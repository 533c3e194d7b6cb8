package io.hdx.codec.validate;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.model.Confidence;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.id.RegionCheck;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Validates WS/T 500 and WS/T 483 shared documents against their document spec, the WS 363 data
 * elements, the WS 364 / GB/T value sets and the identifier standards (GB 11643, GB 32100,
 * GB 11714), reporting every problem with its rule, XPath and data element, never with a value from
 * the document. The rules and their severities are listed in {@link ValidationRule}; a fact HDX
 * holds with LOW or UNCONFIRMED confidence gives a warning at most.
 *
 * <p>The lookups each document spec needs are computed on first use and kept, so validating on
 * every save costs a walk of the document and no set-up.
 *
 * <p>Thread safety: immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * DocumentValidator validator = DocumentValidator.create();
 * ValidationReport report = validator.validate(clinicalDocument);   // or validate(xmlBytes)
 * if (!report.isValid()) {
 *   for (ValidationIssue issue : report.issues()) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocumentValidator {
  /**
   * The zone of the default clock: WS/T 500 documents write local Beijing time, usually without an
   * offset, so a server running in UTC must not see them as hours in the future.
   */
  public static final ZoneId CHINA_STANDARD_TIME = ZoneId.of("Asia/Shanghai");

  private final DocumentSpecRegistry specs;
  private final DataElementCatalog dataElements;
  private final ValueSetRegistry valueSets;
  private final Clock clock;
  private final Duration clockSkew;
  private final RegionCheck regionCheck;
  private final CdaDecoder decoder;
  private final EnumMap<ValidationRule, Severity> severities;
  private final HeaderFacts headerFacts;
  private final ElementNames elementNames;
  private final ConcurrentMap<String, SpecIndex> indexes = new ConcurrentHashMap<>();

  private DocumentValidator(Builder b) {
    this.specs = b.specs;
    this.dataElements = b.dataElements;
    this.valueSets = b.valueSets;
    this.clock = b.clock;
    this.clockSkew = b.clockSkew;
    this.regionCheck = b.regionCheck;
    this.decoder = b.decoder;
    this.severities = new EnumMap<>(b.severities);
    this.headerFacts = new HeaderFacts(dataElements, valueSets);
    this.elementNames = new ElementNames(dataElements);
  }

  /** A validator with the standard registries, a Beijing-time clock and the rules' default severities. */
  public static DocumentValidator create() {
    return builder().build();
  }

  /** A builder starting from the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a document model.
   *
   * @return the report; never throws for content, however broken
   */
  public ValidationReport validate(ClinicalDocument document) {
    return validate(Objects.requireNonNull(document, "document"), Collections.<ValidationIssue>emptyList());
  }

  /**
   * Decodes CDA XML with the validator's {@link CdaDecoder} and validates the document; what the
   * decoder skipped is reported as issues of the rule named by the warning's code (e.g.
   * {@code CDA-0901}), as warnings unless configured otherwise.
   *
   * @throws CodecException when the input cannot be read as a CDA document at all (not XML, refused by
   *     the hardened parser, not a ClinicalDocument); a value that breaks its data type is reported, not
   *     refused, by the default (lenient) decoder
   */
  public ValidationReport validate(byte[] xml) {
    return validate(decoder.decode(Objects.requireNonNull(xml, "xml")));
  }

  /**
   * As {@link #validate(byte[])}, reading one document from {@code in}, which is left open.
   *
   * @throws CodecException when the input cannot be read as a CDA document at all
   */
  public ValidationReport validate(InputStream in) {
    return validate(decoder.decode(Objects.requireNonNull(in, "in")));
  }

  private ValidationReport validate(DecodeResult decoded) {
    List<ValidationIssue> warnings = new ArrayList<>();
    List<DecodeWarning> kept = new ArrayList<>();
    for (DecodeWarning w : decoded.warnings()) {
      if (w.code().equals(DecodeWarning.VALUE_KEPT_INVALID)) {
        kept.add(w); // reported with its data element by the checks of the model (ValidationRule.VALUE_INVALID)
        continue;
      }
      ValidationRule rule = ValidationRule.fromId(w.code()).orElse(null);
      Severity severity = rule == null ? Severity.WARNING : severities.get(rule);
      if (severity != null) {
        warnings.add(ValidationIssue.builder().severity(severity).ruleId(w.code())
            .xpath(w.xpath().isEmpty() ? "/" : w.xpath()).message(w.message()).build());
      }
    }
    return validate(decoded.document(), warnings, kept);
  }

  private ValidationReport validate(ClinicalDocument doc, List<ValidationIssue> decodeIssues) {
    return validate(doc, decodeIssues, Collections.<DecodeWarning>emptyList());
  }

  private ValidationReport validate(ClinicalDocument doc, List<ValidationIssue> decodeIssues,
      List<DecodeWarning> keptInvalid) {
    IssueCollector issues = new IssueCollector(severities);
    for (ValidationIssue issue : decodeIssues) {
      issues.addRaw(issue);
    }
    SpecIndex index = resolve(doc, issues);
    ValidationRun run = new ValidationRun(issues, index, dataElements, elementNames, regionCheck,
        LocalDate.now(clock));
    HeaderChecks.check(run, doc, headerFacts);
    BodyChecks.check(run, doc);
    DateChecks.check(issues, run.dates, LocalDateTime.now(clock).plus(clockSkew), clock.getZone());
    for (DecodeWarning w : keptInvalid) {
      issues.addKeptInvalid(w.xpath().isEmpty() ? "/" : w.xpath(), w.message());
    }
    ValidationReport.Builder report = ValidationReport.builder().addIssues(issues.issues());
    if (index != null) {
      report.documentCode(index.spec.code()).templateId(index.spec.templateId()).documentTitle(index.spec.titleZh());
    }
    return report.build();
  }

  /**
   * The spec the document follows: the one its templateId names, else the one its code names;
   * reports an unknown type or a templateId and code of different documents (WS/T 500-2016 /
   * WS/T 483-2016 document tables).
   */
  private SpecIndex resolve(ClinicalDocument doc, IssueCollector issues) {
    DocumentSpec byTemplate = specs.byTemplateId(doc.templateId()).orElse(null);
    DocumentSpec byCode = specs.byCode(doc.code()).orElse(null);
    if (byTemplate == null && byCode == null) {
      issues.add(ValidationRule.DOCUMENT_TYPE_UNKNOWN, null, XPath.ROOT.child("templateId").attribute("root"), null,
          null, "neither the templateId nor the document code names one of the " + specs.all().size()
              + " document specs");
      return null;
    }
    DocumentSpec spec = byTemplate != null ? byTemplate : byCode;
    SpecIndex index = index(spec);
    if (byTemplate == null) {
      issues.add(ValidationRule.DOCUMENT_TYPE_MISMATCH, byCode.templateIdConfidence(),
          XPath.ROOT.child("templateId").attribute("root"), null, null,
          "templateId is not " + byCode.templateId() + ", the templateId of " + index.label
              + " that the document code names");
    } else if (byCode == null) {
      issues.add(ValidationRule.DOCUMENT_TYPE_MISMATCH, byTemplate.codeConfidence(),
          XPath.ROOT.child("code").attribute("code"), null, null,
          "document code is not " + byTemplate.code() + ", the code of " + index.label + " that the templateId names");
    } else if (byCode != byTemplate) {
      Confidence confidence = IssueCollector.lower(
          IssueCollector.lower(byTemplate.codeConfidence(), byTemplate.templateIdConfidence()),
          IssueCollector.lower(byCode.codeConfidence(), byCode.templateIdConfidence()));
      issues.add(ValidationRule.DOCUMENT_TYPE_MISMATCH, confidence, XPath.ROOT.child("code").attribute("code"),
          null, null, "document code names " + byCode.code() + " " + byCode.titleZh() + " but the templateId names "
              + index.label + "; validated as " + index.label);
    }
    return index;
  }

  private SpecIndex index(DocumentSpec spec) {
    SpecIndex index = indexes.get(spec.code());
    if (index == null) {
      index = new SpecIndex(spec, dataElements, valueSets);
      SpecIndex raced = indexes.putIfAbsent(spec.code(), index);
      if (raced != null) {
        index = raced;
      }
    }
    return index;
  }

  @Override
  public String toString() {
    return "DocumentValidator[" + specs.all().size() + " specs, " + severities.size() + " rules enabled]";
  }

  /**
   * Builds a {@link DocumentValidator}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private DocumentSpecRegistry specs = DocumentSpecRegistry.standard();
    private DataElementCatalog dataElements = DataElementCatalog.standard();
    private ValueSetRegistry valueSets = ValueSetRegistry.standard();
    private Clock clock = Clock.system(CHINA_STANDARD_TIME);
    private Duration clockSkew = Duration.ofMinutes(5);
    private RegionCheck regionCheck = RegionCheck.LENIENT;
    private CdaDecoder decoder;
    private final EnumMap<ValidationRule, Severity> severities = new EnumMap<>(ValidationRule.class);

    private Builder() {
      for (ValidationRule rule : ValidationRule.values()) {
        severities.put(rule, rule.defaultSeverity());
      }
    }

    /** The document specs (default {@link DocumentSpecRegistry#standard()}). */
    public Builder specs(DocumentSpecRegistry specs) {
      this.specs = Objects.requireNonNull(specs, "specs");
      return this;
    }

    /** The data elements (default {@link DataElementCatalog#standard()}). */
    public Builder dataElements(DataElementCatalog dataElements) {
      this.dataElements = Objects.requireNonNull(dataElements, "dataElements");
      return this;
    }

    /** The value sets (default {@link ValueSetRegistry#standard()}). */
    public Builder valueSets(ValueSetRegistry valueSets) {
      this.valueSets = Objects.requireNonNull(valueSets, "valueSets");
      return this;
    }

    /**
     * The clock that says what "now" is for the date rules, and in which zone times without an
     * offset are read (default: the system clock in {@link #CHINA_STANDARD_TIME}).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How far past the clock a time may lie before it counts as future (default 5 minutes). */
    public Builder clockSkew(Duration clockSkew) {
      Objects.requireNonNull(clockSkew, "clockSkew");
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative");
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /**
     * How strictly a resident ID number's address code is checked (default {@link RegionCheck#LENIENT}:
     * a number keeps a retired county code for life).
     */
    public Builder regionCheck(RegionCheck regionCheck) {
      this.regionCheck = Objects.requireNonNull(regionCheck, "regionCheck");
      return this;
    }

    /** The decoder of {@link #validate(byte[])} (default {@link CdaDecoder#create()}). */
    public Builder decoder(CdaDecoder decoder) {
      this.decoder = Objects.requireNonNull(decoder, "decoder");
      return this;
    }

    /**
     * Reports {@code rule} at {@code severity} instead of its default. Issues resting on LOW or
     * UNCONFIRMED facts stay warnings at most, and issues a rule reports below its severity (an
     * EXAMPLE binding's info) stay below it.
     */
    public Builder severity(ValidationRule rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Does not check {@code rule} at all. */
    public Builder disable(ValidationRule rule) {
      severities.remove(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Builds the validator. */
    public DocumentValidator build() {
      if (decoder == null) {
        decoder = CdaDecoder.create();
      }
      return new DocumentValidator(this);
    }
  }
}
