/**
 * The shared-document validator: {@link io.hdx.codec.validate.DocumentValidator} checks a WS/T 500 or
 * WS/T 483 document (a {@link io.hdx.model.document.ClinicalDocument} or CDA XML) against its document
 * spec, the WS 363 data elements, the WS 364 / GB/T value sets and the identifier standards, and returns
 * a {@link io.hdx.codec.validate.ValidationReport} of {@link io.hdx.codec.validate.ValidationIssue}s,
 * each with a {@link io.hdx.codec.validate.Severity}, a rule of the catalog
 * {@link io.hdx.codec.validate.ValidationRule}, a positional XPath and the data element concerned, never
 * a value from the document. {@link io.hdx.codec.validate.TextReportWriter},
 * {@link io.hdx.codec.validate.JsonReportWriter} and {@link io.hdx.codec.validate.HtmlReportWriter}
 * render reports for the {@code hdx validate} command line, for machines and for people.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise; absent parts
 * are {@code Optional}.
 *
 * @since 0.1.0
 */
package io.hdx.codec.validate;
