package dev.tenkai.aws.apply;

import static com.google.common.base.Preconditions.checkArgument;

import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What apply checks before its first call: a {@link Validator} must find no error, unless the
 * caller overrides with a written reason. {@link #standard()} is the gate the {@code tenkai}
 * command uses: every built-in rule and AWS's own constraints.
 *
 * <pre>{@code aws.apply(aws.plan(topology), ApplyGate.standard(), new ProgressPrinter(System.out));}</pre>
 */
public final class ApplyGate {
  private final Validator validator;
  private final Optional<String> overrideReason;

  private ApplyGate(Validator validator, Optional<String> overrideReason) {
    this.validator = validator;
    this.overrideReason = overrideReason;
  }

  /**
   * Refuses a topology with an error from any built-in rule or from the AWS pack ({@link
   * AwsRules#applyValidator()}).
   */
  public static ApplyGate standard() {
    return validatedBy(AwsRules.applyValidator());
  }

  /** Refuses a topology that {@code validator} finds errors in. */
  public static ApplyGate validatedBy(Validator validator) {
    return new ApplyGate(validator, Optional.empty());
  }

  /** Goes ahead despite errors, for {@code reason} (required, reported to the listener). */
  public ApplyGate overridingErrors(String reason) {
    checkArgument(reason != null && !reason.isBlank(), "overriding validation errors needs a reason");
    return new ApplyGate(validator, Optional.of(reason));
  }

  /**
   * Checks {@code topology}.
   *
   * @throws ApplyRefusedException listing the errors, when there are errors and no override
   */
  public void check(Topology topology, ApplyListener listener) {
    ValidationResult result = validator.validate(topology);
    if (!result.hasErrors()) {
      return;
    }
    int errors = result.active(Severity.ERROR).size();
    if (overrideReason.isPresent()) {
      listener.errorsOverridden(overrideReason.get(), errors);
      return;
    }
    String list = result.active(Severity.ERROR).stream().map(ApplyGate::line).collect(Collectors.joining("\n  "));
    throw new ApplyRefusedException(
        "refusing to apply " + topology.name() + ": " + errors + " validation error(s)\n  " + list
            + "\nfix them, or override with a reason (ApplyGate.overridingErrors)");
  }

  private static String line(Finding f) {
    return f.toString();
  }
}
