/**
 * Small runnable programs, one per task a user has (arrive with the features they show).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.examples;
