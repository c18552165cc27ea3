package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.SecretRef;
import dev.tenkai.model.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A relational database: its engine and version, a primary and (for availability) a synchronous
 * standby in another zone. Unless told otherwise the primary is in the first zone, in the first
 * private tier, and the model's defaults hold (encrypted, not public, 20 GiB, the engine's port,
 * a provider-managed master secret).
 *
 * <pre>{@code
 * t.database("db", d -> d
 *     .mysql("8.0")
 *     .instanceClass("db.m6g.large")
 *     .primaryIn("a").standbyIn("c")
 *     .backupWindow(LocalTime.of(18, 0), Duration.ofHours(1)))
 * }</pre>
 */
public final class DatabaseSpec {
  private final String name;
  private DatabaseEngine engine;
  private String version;
  private String instanceClass;
  private String tier;
  private String primaryZone;
  private String standbyZone;
  private Boolean publiclyAccessible;
  private Boolean storageEncrypted;
  private Integer storageGib;
  private Integer port;
  private String masterUsername;
  private SecretRef masterSecret;
  private DailyWindow backupWindow;
  private WeeklyWindow maintenanceWindow;

  DatabaseSpec(String name) {
    this.name = name;
  }

  /**
   * MySQL at {@code version}.
   *
   * <pre>{@code d.mysql("8.0")}</pre>
   */
  public DatabaseSpec mysql(String version) {
    return engine(DatabaseEngine.MYSQL, version);
  }

  /**
   * MariaDB at {@code version}.
   *
   * <pre>{@code d.mariadb("10.11")}</pre>
   */
  public DatabaseSpec mariadb(String version) {
    return engine(DatabaseEngine.MARIADB, version);
  }

  /**
   * PostgreSQL at {@code version}.
   *
   * <pre>{@code d.postgresql("16")}</pre>
   */
  public DatabaseSpec postgresql(String version) {
    return engine(DatabaseEngine.POSTGRESQL, version);
  }

  /**
   * Any engine of the model at {@code version}.
   *
   * <pre>{@code d.engine(DatabaseEngine.MYSQL, "8.0")}</pre>
   */
  public DatabaseSpec engine(DatabaseEngine engine, String version) {
    this.engine = engine;
    this.version = version;
    return this;
  }

  /**
   * The instance class (required).
   *
   * <pre>{@code d.instanceClass("db.m6g.large")}</pre>
   */
  public DatabaseSpec instanceClass(String instanceClass) {
    this.instanceClass = instanceClass;
    return this;
  }

  /**
   * The private tier it lives in, when not the first private tier.
   *
   * <pre>{@code d.tier("data")}</pre>
   */
  public DatabaseSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * The zone of the primary (default: the first zone).
   *
   * <pre>{@code d.primaryIn("a")}</pre>
   */
  public DatabaseSpec primaryIn(String zone) {
    this.primaryZone = zone;
    return this;
  }

  /**
   * A synchronous standby in {@code zone}, which must differ from the primary's.
   *
   * <pre>{@code d.standbyIn("c")}</pre>
   */
  public DatabaseSpec standbyIn(String zone) {
    this.standbyZone = zone;
    return this;
  }

  /**
   * Whether it has an address reachable from the internet (model default: no).
   *
   * <pre>{@code d.publiclyAccessible(false)}</pre>
   */
  public DatabaseSpec publiclyAccessible(boolean publiclyAccessible) {
    this.publiclyAccessible = publiclyAccessible;
    return this;
  }

  /**
   * Whether its storage is encrypted at rest (model default: yes).
   *
   * <pre>{@code d.storageEncrypted(true)}</pre>
   */
  public DatabaseSpec storageEncrypted(boolean storageEncrypted) {
    this.storageEncrypted = storageEncrypted;
    return this;
  }

  /**
   * Allocated storage in GiB (model default 20).
   *
   * <pre>{@code d.storageGib(100)}</pre>
   */
  public DatabaseSpec storageGib(int gib) {
    this.storageGib = gib;
    return this;
  }

  /**
   * The port, when not the engine's default.
   *
   * <pre>{@code d.port(3307)}</pre>
   */
  public DatabaseSpec port(int port) {
    this.port = port;
    return this;
  }

  /**
   * The master user's name (model default {@code admin}).
   *
   * <pre>{@code d.masterUsername("rails")}</pre>
   */
  public DatabaseSpec masterUsername(String username) {
    this.masterUsername = username;
    return this;
  }

  /**
   * The master password lives in a secret store entry named {@code entryName} (the model default
   * lets the provider generate and keep it). Only the reference is held, never the password.
   *
   * <pre>{@code d.masterSecretInStore("prod/db/master")}</pre>
   */
  public DatabaseSpec masterSecretInStore(String entryName) {
    this.masterSecret = SecretRef.inSecretStore(entryName);
    return this;
  }

  /**
   * The daily backup window, UTC.
   *
   * <pre>{@code d.backupWindow(LocalTime.of(18, 0), Duration.ofHours(1))}</pre>
   */
  public DatabaseSpec backupWindow(LocalTime startUtc, Duration duration) {
    this.backupWindow = DailyWindow.of(startUtc, duration);
    return this;
  }

  /**
   * The weekly maintenance window, UTC.
   *
   * <pre>{@code d.maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1))}</pre>
   */
  public DatabaseSpec maintenanceWindow(DayOfWeek day, LocalTime startUtc, Duration duration) {
    this.maintenanceWindow = WeeklyWindow.of(day, startUtc, duration);
    return this;
  }

  Database build(Layout layout) {
    String p = "databases[" + name + "]";
    check(engine != null, p + ".engine", "an engine is required, e.g. mysql(\"8.0\") or postgresql(\"16\")");
    check(
        instanceClass != null,
        p + ".instanceClass",
        "an instance class is required, e.g. instanceClass(\"db.m6g.large\")");
    ImmutableDatabase.Builder b =
        Database.builder()
            .name(name)
            .engine(engine)
            .version(version)
            .instanceClass(instanceClass)
            .tier(tier != null ? tier : layout.privateTier())
            .primaryZone(primaryZone != null ? primaryZone : layout.firstZone());
    if (standbyZone != null) {
      b.standbyZone(standbyZone);
    }
    if (publiclyAccessible != null) {
      b.publiclyAccessible(publiclyAccessible);
    }
    if (storageEncrypted != null) {
      b.storageEncrypted(storageEncrypted);
    }
    if (storageGib != null) {
      b.storageGib(storageGib);
    }
    if (port != null) {
      b.port(port);
    }
    if (masterUsername != null) {
      b.masterUsername(masterUsername);
    }
    if (masterSecret != null) {
      b.masterSecret(masterSecret);
    }
    if (backupWindow != null) {
      b.backupWindow(backupWindow);
    }
    if (maintenanceWindow != null) {
      b.maintenanceWindow(maintenanceWindow);
    }
    return b.build();
  }
}
