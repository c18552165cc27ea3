package dev.tenkai.cli;

import java.io.Console;
import java.util.Optional;

/**
 * The person at the keyboard, if there is one: apply and destroy ask them before changing
 * anything. Without a terminal (a pipe, CI) there is nobody to ask.
 */
interface Terminal {
  /** Whether a person can be asked. */
  boolean present();

  /** Asks {@code question} and returns the answer; empty at end of input. */
  Optional<String> ask(String question);

  /** The process's console, absent when standard input or output is not a terminal. */
  static Terminal system() {
    return new Terminal() {
      @Override
      public boolean present() {
        return System.console() != null;
      }

      @Override
      public Optional<String> ask(String question) {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", question));
      }
    };
  }
}
