/**
 * Implementation details of sdk-model, for HDX's own use only: not API, may change without notice.
 *
 * @since 0.1.0
 */
package io.hdx.model.internal;
