/**
 * Re-identification risk over documents: {@link io.hdx.deid.risk.DocumentRecords} reads the chosen
 * quasi-identifiers (data element codes, layout fields, the patient's GB/T 2260 region) out of decoded
 * documents through their layout and names each one's generalization hierarchy, for the k-anonymity,
 * ℓ-diversity and lattice search of {@link io.hdx.security.deid.RiskAccumulator}.
 *
 * <p>Null policy: parameters and return values are non-null.
 *
 * @since 0.1.0
 */
package io.hdx.deid.risk;
