/**
 * Client for the regional platform's registry and document services, WS/T 448 and WS/T 790 (arrives with the platform-client issue).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.client;
