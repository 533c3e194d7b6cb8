/**
 * The regional platform client: {@link io.hdx.client.PlatformClient} sends typed HL7 V3 registry calls (patient
 * register, update and query) over the platform's {@code HIPMessageServer} SOAP web service or plain HTTP POST,
 * retries transport failures keeping the message id, turns AE/AR acknowledgements into
 * {@link io.hdx.client.PlatformException}s, logs calls without bodies and reports each call to an
 * {@link io.hdx.client.AuditListener}.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
@io.hdx.model.Beta
package io.hdx.client;
