/**
 * Implementation of the CDA codec (StAX factories, writer, reader). Internal: not API, may change at any time.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.codec.internal;
