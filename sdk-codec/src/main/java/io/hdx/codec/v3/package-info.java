/**
 * HL7 V3 interaction messages of the regional platform (互联互通 registry and document services): typed
 * messages ({@link io.hdx.codec.v3.PatientRegistration}, {@link io.hdx.codec.v3.PatientQuery},
 * {@link io.hdx.codec.v3.PatientQueryResponse}, {@link io.hdx.codec.v3.PatientMerge}, {@link io.hdx.codec.v3.DocumentRegistration},
 * {@link io.hdx.codec.v3.DocumentQuery}, {@link io.hdx.codec.v3.DocumentQueryResponse}, the provider, organization
 * (department) and terminology registrations, queries and answers ({@link io.hdx.codec.v3.ProviderRegistration},
 * {@link io.hdx.codec.v3.OrganizationRegistration}, {@link io.hdx.codec.v3.TerminologyRegistration} and their
 * {@code *Query} / {@code *QueryResponse}), {@link io.hdx.codec.v3.Acknowledgement}) with their transmission
 * wrapper ({@link io.hdx.codec.v3.MessageHeader}); {@link io.hdx.codec.v3.V3Encoder} writes them in the 2016
 * national or the older R1 data-type style, {@link io.hdx.codec.v3.V3Decoder} reads both on the hardened StAX
 * parser; {@link io.hdx.codec.v3.HipSoap} wraps them in the {@code HIPMessageServer(action, message)} SOAP call
 * platforms expose. Errors are {@link io.hdx.codec.CodecException}s with {@code V3-0xxx} / {@code SOAP-0xxx}
 * codes.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise; absent optional
 * values are {@link java.util.Optional#empty()}.
 *
 * @since 0.1.0
 */
@io.hdx.model.Beta
package io.hdx.codec.v3;
