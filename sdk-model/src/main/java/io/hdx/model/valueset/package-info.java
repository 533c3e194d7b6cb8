/**
 * Value sets and code systems: WS 364 value domains ({@code CV..}), GB/T code tables and their
 * OIDs under {@code 2.16.156.10011.2.3}, typed enums for the small stable sets, and the GB/T 2260
 * administrative divisions.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.model.valueset;
