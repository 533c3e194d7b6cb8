package io.hdx.cli;

import io.hdx.model.id.CheckResult;
import io.hdx.model.id.IdRule;
import io.hdx.model.id.OrganizationCode;
import io.hdx.model.id.RegionCheck;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.id.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code hdx id check [--kind resident-id|uscc|org-code] [--lenient] [--json] VALUE...}: checks
 * resident ID numbers (GB 11643-1999), unified social credit codes (GB 32100-2015) and
 * organization codes (GB 11714-1997), one result line per value, in order (docs/cli.md).
 *
 * <p>Without {@code --kind} the kind is detected from the value: 15 characters, or 18 of which the
 * first 17 are digits and the last a digit or X, is a resident ID; other 18-character values are
 * unified social credit codes; 9 or 10 characters an organization code; any other length is
 * reported as {@code INVALID unknown ID-0001 ...}. {@code --lenient} accepts retired address codes
 * in resident IDs ({@link RegionCheck#LENIENT}).
 *
 * <p>Output lines: {@code VALID resident-id birth=1949-12-31 sex=female region=110105},
 * {@code VALID uscc authority=9 category=1 region=350100 embedded-org-code=valid},
 * {@code VALID org-code}, or {@code INVALID <kind> <rule id> <rule>}. The value itself is never
 * printed: it may be patient data. {@code --json} prints one JSON object per value instead. Exit
 * 0 when every value is valid, 1 otherwise, 2 on a usage error.
 *
 * <p>Thread safety: stateless; {@link #run} may be called from any thread.
 *
 * @since 0.1.0
 */
public final class IdCheckCommand implements Command {
  /** The rule reported for a value whose length fits no kind (detection only, no --kind). */
  static final String UNKNOWN_KIND_CODE = "ID-0001";
  /** The words of {@link #UNKNOWN_KIND_CODE}. */
  static final String UNKNOWN_KIND_TEXT =
      "length fits no identifier kind (resident-id 15 or 18, uscc 18, org-code 9 or 10)";

  private static final Set<String> VALUE_OPTIONS = Collections.singleton("kind");
  private static final Set<String> FLAG_OPTIONS = new HashSet<>(Arrays.asList("lenient", "json"));

  private final Clock clock;

  /** Creates the verb; birth dates are checked against the system clock's date. */
  public IdCheckCommand() {
    this(Clock.systemDefaultZone());
  }

  IdCheckCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<String> verb() {
    return Arrays.asList("id", "check");
  }

  @Override
  public String synopsis() {
    return "id check [--kind resident-id|uscc|org-code] [--lenient] [--json] VALUE...";
  }

  @Override
  public String summary() {
    return "checks resident ID numbers, unified social credit codes and organization codes";
  }

  @Override
  public int run(List<String> args, Console console) {
    Args parsed = Args.parse(args, VALUE_OPTIONS, FLAG_OPTIONS);
    Kind forced = null;
    Optional<String> kindOption = parsed.option("kind");
    if (kindOption.isPresent()) {
      forced = Kind.fromName(kindOption.get());
      if (forced == null) {
        throw new UsageException("unknown --kind; use resident-id, uscc or org-code");
      }
    }
    List<String> values = parsed.positionals();
    if (values.isEmpty()) {
      throw new UsageException("no VALUE to check");
    }
    RegionCheck regionCheck = parsed.flag("lenient") ? RegionCheck.LENIENT : RegionCheck.STRICT;
    boolean json = parsed.flag("json");
    LocalDate today = LocalDate.now(clock);
    boolean allValid = true;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      Kind kind = forced != null ? forced : Kind.detect(value);
      Line line = check(kind, value, regionCheck, today);
      allValid &= line.valid;
      console.out().println(json ? line.json(i + 1) : line.text());
    }
    return allValid ? ExitCode.OK : ExitCode.INVALID;
  }

  private static Line check(Kind kind, String value, RegionCheck regionCheck, LocalDate today) {
    switch (kind) {
      case RESIDENT_ID: {
        CheckResult<ResidentIdNumber> result = ResidentIdNumber.check(value, regionCheck, today);
        if (!result.isValid()) {
          return Line.invalid(kind, result.failedRule().get());
        }
        ResidentIdNumber id = result.value().get();
        return Line.valid(kind,
            "birth", id.birthDate().toString(),
            "sex", id.isMale() ? "male" : "female",
            "region", id.regionCode());
      }
      case USCC: {
        CheckResult<UnifiedSocialCreditCode> result = UnifiedSocialCreditCode.check(value);
        if (!result.isValid()) {
          return Line.invalid(kind, result.failedRule().get());
        }
        UnifiedSocialCreditCode uscc = result.value().get();
        return Line.valid(kind,
            "authority", String.valueOf(uscc.registrationAuthorityCode()),
            "category", String.valueOf(uscc.organizationCategoryCode()),
            "region", uscc.regionCode(),
            "embedded-org-code", uscc.organizationCode().isPresent() ? "valid" : "invalid");
      }
      case ORG_CODE: {
        CheckResult<OrganizationCode> result = OrganizationCode.check(value);
        if (!result.isValid()) {
          return Line.invalid(kind, result.failedRule().get());
        }
        return Line.valid(kind);
      }
      default:
        return new Line(kind, false, new String[0], UNKNOWN_KIND_CODE, UNKNOWN_KIND_TEXT);
    }
  }

  /** The identifier kinds and their names on the command line. */
  enum Kind {
    RESIDENT_ID("resident-id"),
    USCC("uscc"),
    ORG_CODE("org-code"),
    UNKNOWN("unknown");

    final String cliName;

    Kind(String cliName) {
      this.cliName = cliName;
    }

    static Kind fromName(String name) {
      for (Kind kind : values()) {
        if (kind != UNKNOWN && kind.cliName.equals(name)) {
          return kind;
        }
      }
      return null;
    }

    static Kind detect(String value) {
      int length = value.length();
      if (length == 15) {
        return RESIDENT_ID;
      }
      if (length == 18) {
        for (int i = 0; i < 17; i++) {
          char c = value.charAt(i);
          if (c < '0' || c > '9') {
            return USCC;
          }
        }
        char last = value.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X' || last == 'x' ? RESIDENT_ID : USCC;
      }
      return length == 9 || length == 10 ? ORG_CODE : UNKNOWN;
    }
  }

  /** One result: valid with key=value details, or invalid with its rule. */
  private static final class Line {
    final Kind kind;
    final boolean valid;
    final String[] details;
    final String ruleCode;
    final String ruleText;

    Line(Kind kind, boolean valid, String[] details, String ruleCode, String ruleText) {
      this.kind = kind;
      this.valid = valid;
      this.details = details;
      this.ruleCode = ruleCode;
      this.ruleText = ruleText;
    }

    static Line valid(Kind kind, String... details) {
      return new Line(kind, true, details, null, null);
    }

    static Line invalid(Kind kind, IdRule rule) {
      return new Line(kind, false, new String[0], rule.code(), rule.description());
    }

    String text() {
      StringBuilder sb = new StringBuilder(valid ? "VALID " : "INVALID ").append(kind.cliName);
      if (valid) {
        for (int i = 0; i < details.length; i += 2) {
          sb.append(' ').append(details[i]).append('=').append(details[i + 1]);
        }
      } else {
        sb.append(' ').append(ruleCode).append(' ').append(ruleText);
      }
      return sb.toString();
    }

    String json(int index) {
      JsonLine json = new JsonLine().put("index", index).put("kind", kind.cliName).put("valid", valid);
      if (valid) {
        for (int i = 0; i < details.length; i += 2) {
          json.put(details[i], details[i + 1]);
        }
      } else {
        json.put("rule", ruleCode).put("message", ruleText);
      }
      return json.toString();
    }
  }
}
