package dev.tenkai.cli;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.model.Topology;
import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Where plan, apply and destroy go: a local emulator the command starts ({@code --local}), an
 * emulator or AWS-compatible endpoint already running ({@code --endpoint}), or AWS itself with the
 * default credential chain. Without credentials and without either option the command stops with a
 * message naming both ways forward; it never falls back to an emulator on its own.
 */
public final class AwsTargetOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--local",
      description = "Start a local AWS emulator (moto_server; pip install \"moto[server]\") for this command only. "
          + "It stops when the command ends, and everything in it is gone: use --endpoint to keep state between commands.")
  boolean local;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Call this emulator or AWS-compatible endpoint (e.g. a moto_server you started: moto_server -p 5000, "
          + "then --endpoint http://127.0.0.1:5000) with dummy credentials.")
  URI endpoint;

  @Option(names = "--region", paramLabel = "REGION", description = "Use REGION instead of the topology's.")
  String region;

  @Option(
      names = "--image",
      paramLabel = "ROLE=AMI",
      description = "Boot image AMI for ROLE (a server group, the bastion, a NAT or cache role; '*' for every other role). "
          + "Needed on AWS, which checks image ids; emulators get a placeholder.")
  Map<String, String> images = new LinkedHashMap<>();

  @Option(names = "--key-pair", paramLabel = "NAME", description = "EC2 key pair for the instances.")
  String keyPair;

  @Option(
      names = "--certificate",
      paramLabel = "REF=ARN",
      description = "Use certificate ARN where the topology names REF (on an emulator, one is requested for you).")
  Map<String, String> certificates = new LinkedHashMap<>();

  @Option(names = "--hosted-zone-id", paramLabel = "ID", description = "Put DNS records into this existing Route 53 hosted zone.")
  String hostedZoneId;

  @Option(
      names = "--zone-map",
      paramLabel = "LOGICAL=ZONE,...",
      description = "Map logical zones to AWS zone names, e.g. a=ap-northeast-1a,c=ap-northeast-1c "
          + "(default: region + logical name).")
  String zoneMap;

  /** The zone names {@code --zone-map} gives, logical zone to AWS zone name. */
  Map<String, String> zoneNames() {
    // Options built in code (the demo's) have no command line and no zone map.
    return zoneMap == null ? Map.of() : ZoneMapText.parse(zoneMap, mixee.commandLine());
  }

  /** Where real-AWS credentials come from; replaced in tests. */
  Supplier<AwsCredentialsProvider> defaultCredentials = () -> DefaultCredentialsProvider.builder().build();

  /** Options for a local emulator the command starts, and nothing else (what {@code tenkai demo} uses). */
  static AwsTargetOptions localEmulator() {
    AwsTargetOptions o = new AwsTargetOptions();
    o.local = true;
    return o;
  }

  /** Whether the command runs on a local emulator it starts itself. */
  boolean local() {
    return local;
  }

  /**
   * Opens the target for {@code topology}: checks the options, starts the emulator with
   * {@code --local} (saying so on {@code log}), checks credentials for AWS.
   *
   * @throws ParameterException for contradicting or malformed options (exit code 2)
   * @throws CommandFailure when moto is missing or there are no credentials (exit code 1)
   */
  AwsTarget open(Topology topology, PrintWriter log) {
    if (local && endpoint != null) {
      throw new ParameterException(mixee.commandLine(), "give either --local or --endpoint, not both");
    }
    if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
      throw new ParameterException(mixee.commandLine(), "--endpoint: expected a URL such as http://127.0.0.1:5000, got '" + endpoint + "'");
    }
    String effectiveRegion = region == null ? topology.region() : region;
    if (local) {
      log.println("Starting a local AWS emulator (moto_server)...");
      log.flush();
      long started = System.nanoTime();
      LocalEmulator emulator = startEmulator();
      try {
        log.printf("  ready at %s (%.1f s); it stops when this command ends.%n", emulator.endpoint(), (System.nanoTime() - started) / 1e9);
        log.flush();
        AwsOptions options = emulatorOptions(emulator.endpoint(), topology, effectiveRegion);
        return new AwsTarget(options, Optional.of(emulator), "the local emulator at " + emulator.endpoint());
      } catch (RuntimeException e) {
        emulator.close();
        throw e;
      }
    }
    if (endpoint != null) {
      return new AwsTarget(emulatorOptions(endpoint, topology, effectiveRegion), Optional.empty(), "the endpoint " + endpoint);
    }
    AwsOptions options = common(AwsOptions.builder().credentials(defaultCredentials.get())).build();
    Optional<String> problem = options.credentialsProblem();
    if (problem.isPresent()) {
      throw new CommandFailure(problem.get());
    }
    return new AwsTarget(options, Optional.empty(), "AWS (" + effectiveRegion + ")");
  }

  private static LocalEmulator startEmulator() {
    try {
      return LocalEmulator.start();
    } catch (IllegalStateException e) {
      throw new CommandFailure("--local could not start the local AWS emulator. It needs moto_server: pip install \"moto[server]\"\n  "
          + e.getMessage());
    }
  }

  private AwsOptions emulatorOptions(URI at, Topology topology, String effectiveRegion) {
    AwsOptions.Builder b = common(AwsOptions.forEmulator(at));
    // An HTTPS listener needs a certificate that exists: ask the emulator's ACM, in the region used.
    EmulatorCertificates acm = new EmulatorCertificates(at, effectiveRegion);
    String domain = topology.dnsZones().stream().findFirst().map(z -> z.name()).orElse("example.com");
    topology.loadBalancers().stream().flatMap(lb -> lb.listeners().stream()).flatMap(l -> l.certificate().stream()).distinct()
        .filter(ref -> !certificates.containsKey(ref))
        .forEach(ref -> b.certificate(ref, acm.forDomain(domain)));
    return b.build();
  }

  private AwsOptions.Builder common(AwsOptions.Builder b) {
    try {
      if (region != null) {
        b.region(region);
      }
      images.forEach(b::image);
      zoneNames().forEach(b::zoneName);
      certificates.forEach(b::certificate);
      if (keyPair != null) {
        b.keyPair(keyPair);
      }
      if (hostedZoneId != null) {
        b.existingHostedZoneId(hostedZoneId);
      }
      return b;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
