package dev.tenkai.test;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.model.Topology;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension for an integration test of your own topology against a local AWS emulator
 * (moto_server, see {@link LocalEmulator}): one emulator per test class, emptied before each
 * test, and injected into test methods as a {@link LocalEmulator} and as an {@link AwsProvider}
 * that talks to it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LocalAwsExtension aws = LocalAwsExtension.forTopology(Shop::topology);
 *
 * @Test
 * void appliesOnTheEmulator(AwsProvider provider) {
 *   Plan plan = provider.plan(Shop.topology());
 *   ...
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(LocalAwsExtension.class)} the provider has the emulator's plain
 * options; {@link #forTopology(Supplier)} also maps each HTTPS certificate the topology names to
 * one requested from the emulator (which, like AWS, wants certificates that exist). The
 * emulator needs {@code moto_server} on the PATH or {@code python3 -m moto.server}: {@code pip
 * install "moto[server]"}.
 */
public final class LocalAwsExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalAwsExtension.class);
  private static final String EMULATOR = "emulator";
  private static final String PROVIDER = "provider";

  private final Optional<Supplier<Topology>> topology;

  /** The extension for {@code @ExtendWith}: the provider gets the emulator's plain options. */
  public LocalAwsExtension() {
    this.topology = Optional.empty();
  }

  private LocalAwsExtension(Supplier<Topology> topology) {
    this.topology = Optional.of(topology);
  }

  /**
   * The extension for {@code @RegisterExtension} on a static field, whose provider is set up for
   * {@code topology}: its certificates exist in the emulator.
   *
   * @param topology the topology the tests apply
   * @return the extension
   */
  public static LocalAwsExtension forTopology(Supplier<Topology> topology) {
    return new LocalAwsExtension(topology);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(EMULATOR, LocalEmulator.start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LocalEmulator emulator = context.getStore(NAMESPACE).remove(EMULATOR, LocalEmulator.class);
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    emulator(context).reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    AwsProvider provider = context.getStore(NAMESPACE).remove(PROVIDER, AwsProvider.class);
    if (provider != null) {
      provider.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalEmulator.class || type == AwsProvider.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    LocalEmulator emulator = emulator(context);
    if (parameter.getParameter().getType() == LocalEmulator.class) {
      return emulator;
    }
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(PROVIDER, key -> provider(emulator), AwsProvider.class);
  }

  private AwsProvider provider(LocalEmulator emulator) {
    AwsOptions.Builder options = topology.map(t -> emulator.options(t.get())).orElseGet(() -> LocalEmulator.optionsFor(emulator.endpoint()));
    return AwsProvider.create(options.build());
  }

  private static LocalEmulator emulator(ExtensionContext context) {
    LocalEmulator emulator = context.getStore(NAMESPACE).get(EMULATOR, LocalEmulator.class);
    if (emulator == null) {
      throw new ExtensionConfigurationException("LocalAwsExtension starts one emulator per test class: register it with "
          + "@ExtendWith(LocalAwsExtension.class) or on a static @RegisterExtension field, not an instance field");
    }
    return emulator;
  }
}
