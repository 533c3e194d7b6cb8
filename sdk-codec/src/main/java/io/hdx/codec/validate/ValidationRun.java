package io.hdx.codec.validate;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.id.CheckResult;
import io.hdx.model.id.IdRule;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.id.OrganizationCode;
import io.hdx.model.id.RegionCheck;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one validation: the collector, the document's spec index (null when the type is
 * unknown), the catalogs, today's date and the dated facts gathered for {@link DateChecks}. Also
 * checks identifiers wherever the walk meets one (GB 11643, GB 32100, GB 11714).
 *
 * <p>Thread safety: not thread-safe; one per validation.
 */
final class ValidationRun {
  static final String RESIDENT_ID_ROOT = IdentifierOid.RESIDENT_ID_CARD.oid();
  static final String ORGANIZATION_ROOT = IdentifierOid.ORGANIZATION_ID.oid();

  final IssueCollector issues;
  final SpecIndex index;
  final DataElementCatalog catalog;
  final ElementNames names;
  final RegionCheck regionCheck;
  final LocalDate today;
  final List<DateChecks.Fact> dates = new ArrayList<>();

  ValidationRun(IssueCollector issues, SpecIndex index, DataElementCatalog catalog, ElementNames names,
      RegionCheck regionCheck, LocalDate today) {
    this.issues = issues;
    this.index = index;
    this.catalog = catalog;
    this.names = names;
    this.regionCheck = regionCheck;
    this.today = today;
  }

  /** The catalog's element {@code code}, or null. */
  DataElement element(String code) {
    return catalog.find(code).orElse(null);
  }

  /**
   * Checks an identifier by its root: a resident ID number (root 2.16.156.10011.1.3, GB 11643-1999)
   * or an organization's code (root 2.16.156.10011.1.5: a unified social credit code, GB 32100-2015,
   * or an organization code, GB 11714-1997, told apart by length).
   */
  void identifier(InstanceIdentifier id, XPath where, String dataElement, String section) {
    if (ValueChecks.invalid(issues, id, where, dataElement, section)) {
      return; // no root to judge it by (issue 10)
    }
    if (id.root().equals(RESIDENT_ID_ROOT)) {
      residentId(id, where, dataElement, section);
    } else if (id.root().equals(ORGANIZATION_ROOT) && id.extension().isPresent()) {
      organizationId(id.extension().get(), where, section);
    }
  }

  /** The resident ID number, or null when it fails (reported). */
  ResidentIdNumber residentId(InstanceIdentifier id, XPath where, String dataElement, String section) {
    CheckResult<ResidentIdNumber> result = ResidentIdNumber.check(id.extension().orElse(null), regionCheck, today);
    if (!result.isValid()) {
      IdRule rule = result.failedRule().get();
      issues.add(ValidationRule.ID_RESIDENT, null, where.attribute("extension"), dataElement, section,
          rule.message() + " [" + rule.code() + "]");
      return null;
    }
    return result.value().get();
  }

  private void organizationId(String extension, XPath where, String section) {
    CheckResult<?> result;
    int length = extension.length();
    if (length == 18) {
      result = UnifiedSocialCreditCode.check(extension);
    } else if (length == 9 || (length == 10 && extension.charAt(8) == '-')) {
      result = OrganizationCode.check(extension);
    } else {
      return;
    }
    if (!result.isValid()) {
      IdRule rule = result.failedRule().get();
      issues.add(ValidationRule.ID_ORGANIZATION, null, where.attribute("extension"), null, section,
          rule.message() + " [" + rule.code() + "]");
    }
  }
}
