/**
 * De-identification policies as JSON: {@link io.hdx.deid.json.PolicyJson} reads a policy document
 * (validated on load; every error names its line and field) and writes a policy back. The policy
 * model itself is {@link io.hdx.security.deid.Policy} in sdk-security, which has no Jackson: this
 * package lives here so that sdk-security's users get Bouncy Castle and the model only.
 *
 * <p>Null policy: parameters and return values are non-null.
 *
 * @since 0.1.0
 */
package io.hdx.deid.json;
