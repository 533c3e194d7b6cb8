/**
 * The simulator's implementation: the request service, the patient master index and the JDBC database with its
 * migrations. For HDX's own use only; not an API.
 *
 * @since 0.1.0
 */
package io.hdx.testkit.internal;
