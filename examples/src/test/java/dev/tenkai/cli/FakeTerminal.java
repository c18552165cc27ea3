package dev.tenkai.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** A terminal for tests: present or not, with a scripted answer; remembers what it was asked. */
final class FakeTerminal implements Terminal {
  private final boolean present;
  private final String answer;
  final List<String> questions = new ArrayList<>();

  private FakeTerminal(boolean present, String answer) {
    this.present = present;
    this.answer = answer;
  }

  /** No terminal: a pipe, CI. */
  static FakeTerminal absent() {
    return new FakeTerminal(false, null);
  }

  /** A person who answers {@code answer}. */
  static FakeTerminal answering(String answer) {
    return new FakeTerminal(true, answer);
  }

  @Override
  public boolean present() {
    return present;
  }

  @Override
  public Optional<String> ask(String question) {
    questions.add(question);
    return Optional.ofNullable(answer);
  }

  /**
   * A picocli factory that gives every command this terminal and, unless null, these real-AWS
   * credentials instead of the default chain.
   */
  CommandLine.IFactory factory(Supplier<AwsCredentialsProvider> credentials) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K made = defaults.create(cls);
        if (made instanceof ConfirmationOptions) {
          ((ConfirmationOptions) made).terminal = FakeTerminal.this;
        }
        if (made instanceof AwsTargetOptions && credentials != null) {
          ((AwsTargetOptions) made).defaultCredentials = credentials;
        }
        return made;
      }
    };
  }
}
