/**
 * De-identification of raw CDA R2 XML as a stream: {@link io.hdx.deid.stream.CdaStreamDeidentifier}
 * reads a WS/T 500 / WS/T 483 document with the codec's hardened StAX parser and writes it back with
 * every datum of the document layout treated as the policy says, in memory bounded by the header
 * (the body streams through).
 *
 * <p>Null policy: parameters and return values are non-null.
 *
 * @since 0.1.0
 */
package io.hdx.deid.stream;
