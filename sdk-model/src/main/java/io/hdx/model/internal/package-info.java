/**
 * For HDX internal use only: helpers the {@code sdk-model} packages share, such as the reader of
 * the tab-separated resources that hold data elements and value sets. Not part of the API; may
 * change in any release.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.model.internal;
