package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.json.TopologyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every message issue #19 found wanting, each as the user meets it. */
class FailureMessagesTest {
  @TempDir Path dir;

  private final List<HttpServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  /** A local HTTP server whose n-th request (from 1) gets {@code answer.apply(n)}: status and body. */
  private URI server(IntFunction<Object[]> answer, AtomicInteger requests) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", (HttpExchange x) -> {
      x.getRequestBody().readAllBytes();
      Object[] a = answer.apply(requests.incrementAndGet());
      byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders((Integer) a[0], body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void anUnknownRegionIsNamedBeforeAnyCall() {
    CommandRun run = CommandRun.of("plan", "--region", "xx-nowhere-1", "--endpoint", "http://127.0.0.1:9");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("tenkai: unknown region 'xx-nowhere-1': not an AWS region").doesNotContain("ACM", "certificate");
  }

  @Test
  void theTopologysUnknownRegionSaysWhereItCameFrom() throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(file, TopologyJson.write(ReferenceDeployment.modern()).replace("\"ap-northeast-1\"", "\"ap-nowhere-9\""));
    CommandRun run = CommandRun.of("plan", "--file", file.toString(), "--endpoint", "http://127.0.0.1:9");
    assertThat(run.err).contains("unknown region 'ap-nowhere-9' (the topology's; --region REGION uses another)");
  }

  @Test
  void aClosedPortIsConnectionRefusedAtThatEndpoint() throws IOException {
    String endpoint = "http://127.0.0.1:" + closedPort();
    CommandRun https = CommandRun.of("plan", "--endpoint", endpoint);   // the emulator's certificate lookup first
    assertThat(https.exitCode).isEqualTo(1);
    assertThat(https.err).startsWith("tenkai: connection refused at the endpoint " + endpoint).doesNotContain("null");
    CommandRun sdk = CommandRun.of("plan", "--example", "reference-2012", "--endpoint", endpoint);   // no HTTPS: EC2 first
    assertThat(sdk.exitCode).isEqualTo(1);
    assertThat(sdk.err).startsWith("tenkai: connection refused at the endpoint " + endpoint + ": nothing answers there")
        .doesNotContain("null");
  }

  @Test
  void anEndpointThatIsNotAwsIsNamedAsSuch() throws IOException {
    URI web = server(n -> new Object[] {501, "<html><body>Unsupported method ('POST')</body></html>"}, new AtomicInteger());
    CommandRun https = CommandRun.of("plan", "--endpoint", web.toString());
    assertThat(https.err).startsWith("tenkai: the endpoint " + web + " does not answer like AWS: HTTP 501 to ACM ListCertificates");
    CommandRun sdk = CommandRun.of("plan", "--example", "reference-2012", "--endpoint", web.toString());
    assertThat(sdk.exitCode).isEqualTo(1);
    assertThat(sdk.err).startsWith("tenkai: the endpoint " + web + " does not answer like AWS: HTTP 501 to Ec2")
        .doesNotContain("Request ID: null");
  }

  @Test
  void aThrottledCertificateLookupIsRetried() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    String list = "{\"CertificateSummaryList\":[{\"DomainName\":\"example.jp\",\"CertificateArn\":\"arn:aws:acm:ap-northeast-1:123456789012:certificate/x\"}]}";
    URI acm = server(n -> n == 1 ? new Object[] {400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"}
        : new Object[] {200, list}, requests);
    assertThat(new EmulatorCertificates(acm, "ap-northeast-1").forDomain("example.jp"))
        .isEqualTo("arn:aws:acm:ap-northeast-1:123456789012:certificate/x");
    assertThat(requests).hasValue(2);
  }

  @Test
  void aLookupThrottledAtEveryAttemptSaysSo() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    URI acm = server(n -> new Object[] {400, "{\"__type\":\"com.amazon#ThrottlingException\"}"}, requests);
    assertThatThrownBy(() -> new EmulatorCertificates(acm, "ap-northeast-1").forDomain("example.jp"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("HTTP 400 ThrottlingException to ACM ListCertificates (after 3 attempts)");
    assertThat(requests).hasValue(EmulatorCertificates.ATTEMPTS);
  }

  @Test
  void aHugeValueIsCutInTheMessage() throws IOException {
    Path file = dir.resolve("big.json");
    Files.writeString(file, TopologyJson.write(ReferenceDeployment.modern()).replaceFirst("\"name\" : \"reference\"",
        "\"name\" : \"" + "n".repeat(10_000_000) + "\""));
    CommandRun fromFile = CommandRun.of("show", "--file", file.toString());
    assertThat(fromFile.exitCode).isEqualTo(2);
    assertThat(fromFile.err).contains("…(10000002 characters)").hasSizeLessThan(1_000);
    CommandRun fromOption = CommandRun.of("show", "--example", "e".repeat(1_000_000));
    assertThat(fromOption.err).contains("unknown example 'eeee", "…(1000002 characters)").hasSizeLessThan(1_000);
  }

  @Test
  void jsonMistakesAreToldWithoutJacksonsInternals() throws IOException {
    Path file = dir.resolve("dup.json");
    Files.writeString(file, "{\"format\":\"tenkai-topology\",\"format\":\"tenkai-topology\"}");
    CommandRun dup = CommandRun.of("show", "--file", file.toString());
    assertThat(dup.err).contains("field 'format' appears twice").doesNotContain("FAIL_ON_READING_DUP_TREE_KEY", "`");
    Files.writeString(file, "{\"format\":" + "[".repeat(100) + "]".repeat(100) + "}");
    CommandRun deep = CommandRun.of("show", "--file", file.toString());
    assertThat(deep.err).contains("nesting depth").doesNotContain("StreamReadConstraints", "`");
  }

  @Test
  void aNonUtf8FileIsNamedOnceWithTheOffset() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"format\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    CommandRun run = CommandRun.of("show", "--file", file.toString());
    assertThat(run.err).startsWith("tenkai: " + file + " is not UTF-8: byte 0xE9 at byte offset 14 (line 1)");
  }

  @Test
  void aMalformedMapOptionSaysWhatItExpects() {
    CommandRun run = CommandRun.of("validate", "--suppress", "foo");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("tenkai: --suppress: expected RULE@RESOURCE=REASON, got 'foo'").doesNotContain("option option");
  }

  @Test
  void aBuildErrorUnderFormatJsonIsAJsonObject() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, TopologyJson.write(ReferenceDeployment.modern()).replace("\"10.0.11.0/24\"", "\"10.1.11.0/24\""));
    for (String[] args : List.of(new String[] {"validate", "--format", "json", "--file", file.toString()},
        new String[] {"analyze", "--format=JSON", "--every-zone", "--file", file.toString()})) {
      CommandRun run = CommandRun.of(args);
      assertThat(run.exitCode).isEqualTo(2);
      JsonNode error = new ObjectMapper().readTree(run.out).path("error");
      assertThat(error.path("message").asText()).contains("subnet 10.1.11.0/24 is outside the network 10.0.0.0/16");
      assertThat(error.path("exitCode").asInt()).isEqualTo(2);
    }
    assertThat(CommandRun.of("validate", "--file", file.toString()).out).isEmpty();
  }

  /** A verb that runs out of memory, to see what the user gets. */
  @Command(name = "hungry")
  static final class Hungry implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineWithTheXmxHint() {
    CommandLine cmd = TenkaiCommand.commandLine();
    cmd.addSubcommand("hungry", new Hungry());
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    int code = TenkaiCommand.execute(cmd, "hungry");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("tenkai: out of memory").contains("-Xmx2g").doesNotContain("\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void unlockHelpShowsTheHolderFormTheLockUsesAndTheColonFormIsTheSameHolder() {
    assertThat(CommandRun.of("unlock", "--help").out).contains("'user@host pid N'").doesNotContain("user@host:pid");
    assertThat(UnlockCommand.holders("alice@box:4242")).containsExactly("alice@box:4242", "alice@box pid 4242");
    assertThat(UnlockCommand.holders("alice@box pid 4242")).containsExactly("alice@box pid 4242");
    assertThat(UnlockCommand.holders("ci-runner")).containsExactly("ci-runner");
  }
}
