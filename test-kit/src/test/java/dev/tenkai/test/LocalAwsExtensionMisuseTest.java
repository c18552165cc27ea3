package dev.tenkai.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.local.LocalEmulator;
import java.lang.reflect.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/** Without its class-level start (an instance-field registration) the extension says how to register it. */
class LocalAwsExtensionMisuseTest {

  @SuppressWarnings("unused")
  private static void takes(AwsProvider provider, LocalEmulator emulator, String other) {}

  private static ParameterContext parameter(int index) throws NoSuchMethodException {
    Parameter p = LocalAwsExtensionMisuseTest.class.getDeclaredMethod("takes", AwsProvider.class, LocalEmulator.class, String.class)
        .getParameters()[index];
    ParameterContext context = mock(ParameterContext.class);
    when(context.getParameter()).thenReturn(p);
    return context;
  }

  @Test
  void resolvesOnlyTheEmulatorAndTheProvider() throws Exception {
    LocalAwsExtension extension = new LocalAwsExtension();
    ExtensionContext context = mock(ExtensionContext.class);
    assertThat(extension.supportsParameter(parameter(0), context)).isTrue();
    assertThat(extension.supportsParameter(parameter(1), context)).isTrue();
    assertThat(extension.supportsParameter(parameter(2), context)).isFalse();
  }

  @Test
  void anEmulatorThatWasNeverStartedIsAConfigurationErrorThatSaysHowToRegister() throws Exception {
    ExtensionContext context = mock(ExtensionContext.class);
    ExtensionContext.Store store = mock(ExtensionContext.Store.class);
    when(context.getStore(any())).thenReturn(store);
    when(store.get(eq("emulator"), eq(LocalEmulator.class))).thenReturn(null);
    assertThatThrownBy(() -> new LocalAwsExtension().resolveParameter(parameter(0), context))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("static @RegisterExtension field");
    assertThatThrownBy(() -> new LocalAwsExtension().beforeEach(context))
        .isInstanceOf(ExtensionConfigurationException.class);
  }
}
