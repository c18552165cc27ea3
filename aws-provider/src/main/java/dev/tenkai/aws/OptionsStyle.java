package dev.tenkai.aws;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the provider's option values: abstract {@code FooOptions}, generated
 * {@code ImmutableFooOptions} with a public builder; a broken invariant is an {@link
 * IllegalArgumentException} naming the option and the value (from each value's check).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    throwForInvalidImmutableState = IllegalArgumentException.class,
    depluralize = true,
    optionalAcceptNullable = true)
public @interface OptionsStyle {}
