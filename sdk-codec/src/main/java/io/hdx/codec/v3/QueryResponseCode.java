package io.hdx.codec.v3;

/**
 * The result of a query ({@code queryAck/queryResponseCode/@code}, HL7 V3 QueryResponse).
 *
 * @since 0.1.0
 */
public enum QueryResponseCode {
  /** Data found. */
  OK,
  /** No data found. */
  NF,
  /** Application error. */
  AE,
  /** Query parameter error. */
  QE
}
