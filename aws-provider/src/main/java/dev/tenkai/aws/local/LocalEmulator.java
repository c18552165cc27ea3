package dev.tenkai.aws.local;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.fidelity.FidelityLayer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A local AWS emulator (moto_server) on a free loopback port, started and stopped by Tenkai: for
 * the tests and for {@code tenkai ... --local}. Uses {@code moto_server} from the PATH, else
 * {@code python3 -m moto.server}. Install with {@code pip install "moto[server]"}.
 */
public final class LocalEmulator implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread onExit;

  private LocalEmulator(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    // A JVM stopped without close() (Ctrl-C in the CLI) must not leave the emulator behind.
    this.onExit = new Thread(this::stopProcess, "tenkai-emulator-stop");
    Runtime.getRuntime().addShutdownHook(onExit);
  }

  /**
   * Starts an emulator and waits until it answers.
   *
   * @throws IllegalStateException when moto is not installed or does not start, saying how to fix it
   */
  public static LocalEmulator start() {
    int port = freePort();
    List<String> command = new ArrayList<>(launcher());
    command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
    Path log;
    Process p;
    try {
      log = Files.createTempFile("tenkai-moto-", ".log");
      p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the local AWS emulator (" + String.join(" ", command)
          + "): " + e.getMessage() + "; install it with: pip install \"moto[server]\"", e);
    }
    LocalEmulator emulator = new LocalEmulator(p, port, log);
    emulator.awaitReady();
    return emulator;
  }

  /** moto_server from the PATH, else the Python module. */
  static List<String> launcher() {
    Optional<Path> onPath = onPath("moto_server");
    if (onPath.isPresent()) {
      return List.of(onPath.get().toString());
    }
    return List.of(onPath("python3").map(Path::toString).orElse("python3"), "-m", "moto.server");
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the local AWS emulator exited with " + process.exitValue()
            + " before it was ready; its output: " + tail() + "\ninstall it with: pip install \"moto[server]\"");
      }
      if (status("GET", "/moto-api/") > 0) {
        return;
      }
      pause();
    }
    close();
    throw new IllegalStateException("the local AWS emulator did not answer on port " + port + " within " + START_TIMEOUT.toSeconds() + " s; its output: " + tail());
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the local AWS emulator", e);
    }
  }

  private int status(String method, String path) {
    try {
      HttpURLConnection c = (HttpURLConnection) endpoint().resolve(path).toURL().openConnection();
      c.setRequestMethod(method);
      c.setConnectTimeout(500);
      c.setReadTimeout(5000);
      int code = c.getResponseCode();
      c.disconnect();
      return code;
    } catch (IOException e) {
      return -1;
    }
  }

  private String tail() {
    try {
      String s = Files.readString(log);
      return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** The endpoint every service answers on, e.g. {@code http://127.0.0.1:54321}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The port. */
  public int port() {
    return port;
  }

  /** Forgets every resource (POST /moto-api/reset), cheaper than a new emulator. */
  public void reset() {
    int code = status("POST", "/moto-api/reset");
    if (code != 200) {
      throw new IllegalStateException("resetting the local AWS emulator on port " + port + " answered " + code);
    }
  }

  /**
   * Requests a certificate for {@code domain} from the emulator's ACM in {@code region} and
   * returns its ARN: an HTTPS listener needs one that exists (the provider maps the model's
   * certificate reference to it through {@code AwsOptions.certificate}). The emulator checks no
   * signature, so this needs no ACM client.
   */
  public String requestCertificate(String region, String domain) {
    try {
      HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
      c.setRequestProperty("X-Amz-Target", "CertificateManager.RequestCertificate");
      c.setRequestProperty("Authorization",
          "AWS4-HMAC-SHA256 Credential=testing/20260101/" + region + "/acm/aws4_request, SignedHeaders=host, Signature=0");
      byte[] body = ("{\"DomainName\":\"" + domain.replace("\"", "") + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      c.getOutputStream().write(body);
      int code = c.getResponseCode();
      if (code != 200) {
        throw new IllegalStateException("the local AWS emulator refused a certificate for " + domain + ": HTTP " + code);
      }
      try (java.io.InputStream in = c.getInputStream()) {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("CertificateArn").asText();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("requesting a certificate from the local AWS emulator failed", e);
    }
  }

  /**
   * Options for an emulator at {@code endpoint}, with the settings it needs: dummy credentials (it
   * accepts any signed request), a placeholder image id (it does not check them), short readiness
   * polling, a short drain, ElastiCache deletions not waited out (moto leaves a deleted replication
   * group "deleting" for ever), and an interceptor that names an action moto lacks instead of a
   * blank HTTP 500.
   */
  public static AwsOptions.Builder optionsFor(URI endpoint) {
    return AwsOptions.builder()
        .endpoint(endpoint)
        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .image(AwsOptions.DEFAULT_ROLE, "ami-0123456789abcdef0")
        .pollInterval(Duration.ofMillis(200))
        // A local demo need not wait out a real deregistration delay.
        .drainLimit(Duration.ofSeconds(5))
        .awaitDeletion(false)
        .interceptor(new EmulatorGaps(endpoint.toString()));
  }

  /**
   * {@link #optionsFor} {@code endpoint}, with the fidelity layer {@code fidelity} between the SDK
   * and the emulator: AWS's documented behaviours that moto lacks (eventual consistency, states
   * that take time, lingering network interfaces, constraints), in the layer's virtual time.
   */
  public static AwsOptions.Builder optionsFor(URI endpoint, FidelityLayer fidelity) {
    return optionsFor(endpoint).interceptor(fidelity);
  }

  /**
   * Options for applying {@code topology} on this emulator: {@link #optionsFor} its endpoint, and
   * every HTTPS certificate the topology names mapped to one requested from the emulator's ACM
   * (which, like AWS, wants certificates that exist).
   */
  public AwsOptions.Builder options(dev.tenkai.model.Topology topology) {
    AwsOptions.Builder b = optionsFor(endpoint());
    String domain = topology.dnsZones().stream().findFirst().map(z -> z.name()).orElse("example.com");
    topology.loadBalancers().stream().flatMap(lb -> lb.listeners().stream()).flatMap(l -> l.certificate().stream()).distinct()
        .forEach(ref -> b.certificate(ref, requestCertificate(topology.region(), domain)));
    return b;
  }

  /** Whether the emulator process still runs. */
  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops the emulator and any process it started (a launcher shim may fork). */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook stops the process.
    }
    stopProcess();
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // A leftover log file in the temp directory is harmless.
    }
  }

  private void stopProcess() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
