package dev.tenkai.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value of the model: abstract {@code Foo}, generated
 * {@code ImmutableFoo} with a public builder, and every structural failure (a missing attribute, a
 * null, a broken invariant) reported as an {@link InvalidTopologyException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    throwForInvalidImmutableState = InvalidTopologyException.class,
    throwForNullPointer = InvalidTopologyException.class,
    allParameters = false,
    depluralize = true,
    optionalAcceptNullable = true)
public @interface TenkaiStyle {}
