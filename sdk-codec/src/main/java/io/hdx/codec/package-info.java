/**
 * CDA R2 XML and JSON codecs and the validator for the WS/T 500 and WS/T 483 shared documents (arrives with the sdk-codec issue).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.codec;
