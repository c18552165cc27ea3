package dev.tenkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Certificates in an emulator's ACM: an HTTPS listener needs a certificate that exists, and the
 * model's is an example ARN. One that already exists for the domain is reused, so a later
 * {@code tenkai plan --endpoint} against the same emulator sees the same ARN and no change.
 * The emulator checks no signature, so plain HTTP does it without an ACM client. A throttled call
 * is retried, as the SDK would; an endpoint that does not answer like AWS is named as such.
 */
final class EmulatorCertificates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String region;
  /** Attempts per call, as the SDK's standard retry mode makes. */
  static final int ATTEMPTS = 3;

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  EmulatorCertificates(URI endpoint, String region) {
    this.endpoint = endpoint;
    this.region = region;
  }

  /** The ARN of a certificate for {@code domain}: an existing one, else a new one. */
  String forDomain(String domain) {
    Optional<String> existing = existing(domain);
    if (existing.isPresent()) {
      return existing.get();
    }
    ObjectNode body = JSON.createObjectNode().put("DomainName", domain);
    return call("RequestCertificate", body).path("CertificateArn").asText();
  }

  private Optional<String> existing(String domain) {
    for (JsonNode c : call("ListCertificates", JSON.createObjectNode()).path("CertificateSummaryList")) {
      if (domain.equals(c.path("DomainName").asText())) {
        return Optional.of(c.path("CertificateArn").asText());
      }
    }
    return Optional.empty();
  }

  private JsonNode call(String action, ObjectNode body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "CertificateManager." + action)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/" + region + "/acm/aws4_request, SignedHeaders=host, Signature=0")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    try {
      for (int attempt = 1; ; attempt++) {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return JSON.readTree(response.body());
        }
        Optional<String> type = errorType(response);
        if (attempt < ATTEMPTS && throttled(response.statusCode(), type)) {
          // A throttled lookup is "not yet", as the SDK's standard retry mode treats it.
          Thread.sleep(FIRST_BACKOFF.toMillis() << (attempt - 1));
          continue;
        }
        if (type.isEmpty() && response.headers().firstValue("x-amzn-RequestId").isEmpty()) {
          throw new CommandFailure("the endpoint " + endpoint + " does not answer like AWS: HTTP " + response.statusCode()
              + " to ACM " + action + ", with no AWS error type or request id; is it an AWS endpoint or an emulator"
              + " such as moto_server?");
        }
        throw new CommandFailure("the emulator at " + endpoint + " answered HTTP " + response.statusCode() + " "
            + type.orElse("") + " to ACM " + action + (attempt > 1 ? " (after " + attempt + " attempts)" : "")
            + " (needed for the topology's HTTPS certificate; give one with --certificate REF=ARN)");
      }
    } catch (ConnectException e) {
      throw new CommandFailure("connection refused at the endpoint " + endpoint + " (ACM " + action
          + "): nothing answers there; is the emulator running (moto_server -p PORT)?");
    } catch (IOException e) {
      throw new CommandFailure("cannot reach the emulator at " + endpoint + " (ACM " + action + "): "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while calling the emulator at " + endpoint);
    }
  }

  /** The AWS JSON protocol's error type ({@code __type}), when the body is an AWS error. */
  private static Optional<String> errorType(HttpResponse<String> response) {
    try {
      JsonNode error = JSON.readTree(response.body());
      String type = error == null ? "" : error.path("__type").asText("");
      return type.isEmpty() ? Optional.empty() : Optional.of(type.substring(type.indexOf('#') + 1));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether AWS says "slow down": what the SDK's standard retry mode retries. */
  private static boolean throttled(int status, Optional<String> type) {
    return status == 429 || status == 503
        || type.filter(t -> t.contains("Throttl") || t.equals("TooManyRequestsException") || t.equals("RequestLimitExceeded")).isPresent();
  }
}
