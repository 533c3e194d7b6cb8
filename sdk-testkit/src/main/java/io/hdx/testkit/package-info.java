/**
 * Test tools: {@link io.hdx.testkit.PlatformSimulator}, a regional platform to develop and test against (the
 * {@code HIPMessageServer} web service and plain HTTP, a patient master index in a JDBC database, an audit log,
 * duplicate detection and {@link io.hdx.testkit.FaultPlan fault injection}).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
@io.hdx.model.Beta
package io.hdx.testkit;
