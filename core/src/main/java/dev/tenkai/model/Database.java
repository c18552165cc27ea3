package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A relational database: a primary in one zone and, for availability, a standby in another. */
@Value.Immutable
@JsonSerialize(as = ImmutableDatabase.class)
@JsonDeserialize(as = ImmutableDatabase.class)
public abstract class Database {
  /** Unique name, also its role in firewall rules, e.g. {@code "db"}. */
  public abstract String name();

  /** The engine. */
  public abstract DatabaseEngine engine();

  /** The engine version, e.g. {@code "8.0"}. */
  public abstract String version();

  /** The instance class, e.g. {@code "db.m5.large"}. */
  public abstract String instanceClass();

  /** The tier it lives in. */
  @Value.Default
  public String tier() {
    return "private";
  }

  /** The zone of the primary. */
  public abstract String primaryZone();

  /** The zone of the synchronous standby, if any. */
  public abstract Optional<String> standbyZone();

  /** The zones whose subnets the database may use (its subnet group). */
  public List<String> zones() {
    return standbyZone().isPresent()
        ? List.of(primaryZone(), standbyZone().get())
        : List.of(primaryZone());
  }

  /** Whether it has an address reachable from the internet. */
  @Value.Default
  public boolean publiclyAccessible() {
    return false;
  }

  /** Whether its storage is encrypted at rest. */
  @Value.Default
  public boolean storageEncrypted() {
    return true;
  }

  /** Allocated storage, GiB. */
  @Value.Default
  public int storageGib() {
    return 20;
  }

  /** The port it listens on. */
  @Value.Default
  public int port() {
    return engine().defaultPort();
  }

  /** The master user's name (a name, not a secret). */
  @Value.Default
  public String masterUsername() {
    return "admin";
  }

  /** Where the master password lives; never the password. */
  @Value.Default
  public SecretRef masterSecret() {
    return SecretRef.providerManaged();
  }

  /** The daily backup window, UTC. */
  public abstract Optional<DailyWindow> backupWindow();

  /** The weekly maintenance window, UTC. */
  public abstract Optional<WeeklyWindow> maintenanceWindow();

  /** A new builder. */
  public static ImmutableDatabase.Builder builder() {
    return ImmutableDatabase.builder();
  }
}
