package dev.tenkai.cli;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.local.LocalEmulator;
import java.util.Optional;

/**
 * An opened target: the provider, and the emulator the command started, if any. Closing it
 * closes the provider's clients and stops that emulator.
 */
final class AwsTarget implements AutoCloseable {
  private final AwsProvider provider;
  private final Optional<LocalEmulator> emulator;
  private final String description;

  AwsTarget(AwsOptions options, Optional<LocalEmulator> emulator, String description) {
    this.provider = AwsProvider.create(options);
    this.emulator = emulator;
    this.description = description;
  }

  /** The provider. */
  AwsProvider provider() {
    return provider;
  }

  /** Where calls go, for messages: "the local emulator at http://...", "AWS (ap-northeast-1)". */
  String description() {
    return description;
  }

  /** Whether the command started the emulator (and its state dies with the command). */
  boolean ownsEmulator() {
    return emulator.isPresent();
  }

  @Override
  public void close() {
    try {
      provider.close();
    } finally {
      emulator.ifPresent(LocalEmulator::close);
    }
  }
}
