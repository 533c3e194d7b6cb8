/**
 * De-identification of health data after GB/T 37964-2019 (个人信息去标识化指南) and GB/T
 * 39725-2020 (健康医疗数据安全指南): a policy maps personal-data categories, data elements,
 * document paths and identifier OIDs to actions, and an immutable engine applies it.
 *
 * <p>Primitives, each usable alone: {@link io.hdx.security.deid.KeyedPseudonym} (HMAC-SM3),
 * {@link io.hdx.security.deid.Ff1} (NIST SP 800-38G FF1 over SM4), {@link
 * io.hdx.security.deid.ResidentIdPseudonym} (a pseudonym that is itself a valid GB 11643 number),
 * {@link io.hdx.security.deid.ReversiblePseudonym} (SM4 under a separate key), {@link
 * io.hdx.security.deid.Masking}, {@link io.hdx.security.deid.Generalization}, {@link
 * io.hdx.security.deid.DateShift} and {@link io.hdx.security.deid.NumericNoise}.
 *
 * <p>Nothing here logs, and no exception message carries a value or a key.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.deid;
