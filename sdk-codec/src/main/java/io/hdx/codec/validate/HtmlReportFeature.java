package io.hdx.codec.validate;

/**
 * What an {@link HtmlReportWriter} page shows beyond its defaults.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * HtmlReportWriter.builder().enable(HtmlReportFeature.HIDE_UNCONFIRMED);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum HtmlReportFeature {
  /**
   * Shows each finding's offending value from the source (an attribute's value or an element's text, cut
   * at 200 characters). The page then holds patient data: never the default, an explicit choice.
   */
  SHOW_VALUES,
  /**
   * Leaves out findings resting on a fact HDX holds with LOW or UNCONFIRMED confidence
   * ({@link ValidationIssue#isUnconfirmed()}); the page says how many it left out.
   */
  HIDE_UNCONFIRMED
}
