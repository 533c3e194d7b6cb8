/**
 * Platform simulator and synthetic sample-data generator (arrives with the testkit issue).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.testkit;
