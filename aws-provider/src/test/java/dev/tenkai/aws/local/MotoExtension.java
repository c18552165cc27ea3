package dev.tenkai.aws.local;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link LocalEmulator} per test class, resets it before each test, stops it after
 * the class. Tests receive it as a parameter.
 */
public final class MotoExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MotoExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("emulator", LocalEmulator.start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LocalEmulator e = context.getStore(NS).remove("emulator", LocalEmulator.class);
    if (e != null) {
      e.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    emulator(context).reset();
  }

  private static LocalEmulator emulator(ExtensionContext context) {
    return context.getStore(NS).get("emulator", LocalEmulator.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == LocalEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return emulator(e);
  }
}
