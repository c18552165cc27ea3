package dev.tenkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
 * The emulator checks no signature, so plain HTTP does it without an ACM client.
 */
final class EmulatorCertificates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String region;
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
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new CommandFailure("the emulator at " + endpoint + " answered HTTP " + response.statusCode() + " to ACM " + action
            + " (needed for the topology's HTTPS certificate; give one with --certificate REF=ARN)");
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new CommandFailure("cannot reach the emulator at " + endpoint + " (ACM " + action + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while calling the emulator at " + endpoint);
    }
  }
}
