/**
 * The platform client's implementation details (HTTP logging, sockets without Nagle's delay). For HDX's own use only; not an API.
 *
 * @since 0.1.0
 */
package io.hdx.client.internal;
