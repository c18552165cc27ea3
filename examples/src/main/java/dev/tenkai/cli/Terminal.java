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
        Console console = System.console();
        return console != null && isTerminal(console);
      }

      @Override
      public Optional<String> ask(String question) {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", question));
      }
    };
  }

  /**
   * From JDK 22 on, {@code System.console()} is not null even when input is a pipe; its
   * {@code isTerminal()} (absent on 17, hence the reflection) tells a person from a pipe.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
