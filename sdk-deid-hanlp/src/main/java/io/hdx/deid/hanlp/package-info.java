/**
 * Optional named-entity recognition for de-identification's free-text scan:
 * {@link io.hdx.deid.hanlp.HanlpRecognizer}, an {@link io.hdx.security.deid.EntityRecognizer} on HanLP
 * (portable build, Apache-2.0), kept in its own artifact so that sdk-security stays small.
 *
 * <p>Null policy: parameters and return values are non-null.
 *
 * @since 0.1.0
 */
@io.hdx.model.Beta
package io.hdx.deid.hanlp;
