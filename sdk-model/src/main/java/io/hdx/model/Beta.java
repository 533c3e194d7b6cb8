package io.hdx.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks API that is not frozen yet: a type, member or whole package (on its {@code package-info.java}) that may change
 * incompatibly in a minor release, or be removed, because its design still follows work in progress. API without
 * it keeps binary and source compatibility within a major version. Modelled on Guava's {@code annotations/Beta.java}
 * and Tink's {@code annotations/Alpha.java}.
 *
 * <p>Every module's public API is recorded in its {@code api/<module>.api} dump and checked by the build, {@code @Beta}
 * or not; a {@code @Beta} line is marked there, so a reviewer knows that its change is allowed.
 *
 * <p>Example, a whole package in its {@code package-info.java}: {@code @io.hdx.model.Beta package io.hdx.client;}
 *
 * <p>Thread safety: an annotation, no state.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface Beta {
}
