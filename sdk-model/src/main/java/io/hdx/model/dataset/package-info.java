/**
 * Data elements of WS 363 (卫生信息数据元目录) as the WS 445 data sets and the WS/T 500 shared
 * documents use them: {@link io.hdx.model.dataset.DataElementCode} (the {@code DEab.cd.efg.hi}
 * identifier), {@link io.hdx.model.dataset.Ws363DataType} and
 * {@link io.hdx.model.dataset.RepresentationFormat} (what a value must look like),
 * {@link io.hdx.model.dataset.DataElement} and the catalog of every element HDX knows,
 * {@link io.hdx.model.dataset.DataElementCatalog#standard()}.
 *
 * <p>The catalog records what public sources say and nothing more: most elements have no confirmed
 * data type or format, and these are then empty, never guessed. Each element carries its source
 * and a {@link io.hdx.model.Confidence}.
 *
 * <pre>{@code
 * DataElement name = DataElementCatalog.standard().get("DE02.01.039.00");
 * FormatCheck check = name.check(value).orElse(FormatCheck.ok());
 * if (!check.isOk()) {
 *   report("DE02.01.039.00", check.message());   // names the rule, never the value
 * }
 * }</pre>
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise; values
 * that may be absent are {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
package io.hdx.model.dataset;

import io.hdx.model.Confidence;
