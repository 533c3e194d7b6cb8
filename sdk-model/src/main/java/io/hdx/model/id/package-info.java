/**
 * Identifiers of persons and organizations: the resident ID number ({@link
 * io.hdx.model.id.ResidentIdNumber}, GB 11643-1999), the unified social credit code ({@link
 * io.hdx.model.id.UnifiedSocialCreditCode}, GB 32100-2015), the organization code ({@link
 * io.hdx.model.id.OrganizationCode}, GB 11714-1997), and the OIDs that name identifier kinds in
 * documents and messages ({@link io.hdx.model.id.IdentifierOid}, {@code 2.16.156.10011.1.*}).
 *
 * <p>Each identifier type has {@code parse} (throws {@link io.hdx.model.ValidationException} whose
 * {@code errorCode()} is an {@link io.hdx.model.id.IdRule} code) and {@code check} (returns a
 * {@link io.hdx.model.id.CheckResult}); messages name the rule, never the value. Values mask
 * themselves for display ({@code masked()}) and in {@code toString()}.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise; the
 * value passed to {@code parse} and {@code check} may be null (it fails the "missing" rule).
 *
 * @since 0.1.0
 */
package io.hdx.model.id;
