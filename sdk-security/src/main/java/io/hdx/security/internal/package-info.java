/**
 * Implementation details of sdk-security: the sm2p256v1 domain, the SM2 arithmetic, PEM and DER
 * helpers, and the adapters to Bouncy Castle's lightweight API. For sdk-security's own use only;
 * nothing here is API and it may change in any release.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.internal;
