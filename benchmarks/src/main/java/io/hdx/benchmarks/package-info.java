/**
 * JMH benchmarks of HDX side by side with the peer libraries a user would otherwise pick
 * (HAPI FHIR for documents, raw Bouncy Castle for cryptography). Built with {@code -Pbench}.
 *
 * @since 0.1.0
 */
package io.hdx.benchmarks;
