package dev.tenkai.diagnostics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * Where Tenkai's diagnostic logging goes: SLF4J, when the application has bound it to a logging
 * backend. Without a binding, SLF4J 1.7 prints "Failed to load class
 * org.slf4j.impl.StaticLoggerBinder" on its first use (2.x prints "No SLF4J providers were
 * found"); a library must not make its users see that, so then Tenkai's loggers are silent ones
 * and SLF4J is never initialised by Tenkai. Progress of an apply is not diagnostics: it goes to
 * the provider's listener.
 *
 * <pre>{@code private static final Logger LOG = Diagnostics.logger(Validator.class);}</pre>
 */
public final class Diagnostics {
  private static final boolean BOUND = bound();

  private Diagnostics() {}

  /** The logger for {@code type}: SLF4J's when a backend is bound, else one that drops everything. */
  public static Logger logger(Class<?> type) {
    return BOUND ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  /** Whether an SLF4J backend is on the class path: a 1.7 binding or a 2.x provider. */
  public static boolean backendPresent() {
    return BOUND;
  }

  private static boolean bound() {
    ClassLoader loader = LoggerFactory.class.getClassLoader();
    if (loader == null) {
      loader = ClassLoader.getSystemClassLoader();
    }
    return loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null
        || loader.getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider") != null;
  }
}
