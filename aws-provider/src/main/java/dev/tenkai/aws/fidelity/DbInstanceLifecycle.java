package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.ModifyDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.ModifyDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.PendingModifiedValues;

/**
 * A DB instance takes time: {@code creating} after CreateDBInstance, and after a ModifyDBInstance
 * applied immediately it still reads {@code available} with the old values and the new ones under
 * PendingModifiedValues for a while, then {@code modifying}, and only then {@code available} with
 * the new values (moto applies the change at once). A waiter for "available" that starts right
 * after the modify therefore returns before the change has even begun.
 */
public final class DbInstanceLifecycle implements Behaviour {
  /** Creating before available: a single-AZ instance takes several minutes, Multi-AZ more. */
  public static final Duration CREATING = Duration.ofMinutes(10);
  /** How long "available" with pending values is still read after a modify. */
  public static final Duration MODIFY_STARTS_AFTER = Duration.ofSeconds(30);
  /** Modifying before available again (an instance class change). */
  public static final Duration MODIFYING = Duration.ofMinutes(10);

  private final Duration creating;
  private final Duration startsAfter;
  private final Duration modifying;
  private final Map<String, Instant> created = new ConcurrentHashMap<>();
  private final Map<String, Modification> modified = new ConcurrentHashMap<>();
  private final Map<String, DBInstance> lastSettled = new ConcurrentHashMap<>();

  private record Modification(Instant at, DBInstance before, ModifyDbInstanceRequest request) {}

  /** With the given durations. */
  public DbInstanceLifecycle(Duration creating, Duration startsAfter, Duration modifying) {
    this.creating = creating;
    this.startsAfter = startsAfter;
    this.modifying = modifying;
  }

  /** {@link #CREATING}, {@link #MODIFY_STARTS_AFTER}, {@link #MODIFYING}. */
  public DbInstanceLifecycle() {
    this(CREATING, MODIFY_STARTS_AFTER, MODIFYING);
  }

  @Override
  public String name() {
    return "DB instance creating and modifying";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/accessing-monitoring.html#Overview.DBInstance.Status";
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateDbInstanceResponse r) {
      created.put(r.dbInstance().dbInstanceIdentifier(), call.now());
      return r.toBuilder().dbInstance(shown(r.dbInstance(), call.now())).build();
    }
    if (response instanceof ModifyDbInstanceResponse r && call.request() instanceof ModifyDbInstanceRequest m
        && Boolean.TRUE.equals(m.applyImmediately())) {
      String id = r.dbInstance().dbInstanceIdentifier();
      DBInstance before = lastSettled.getOrDefault(id, r.dbInstance());
      modified.put(id, new Modification(call.now(), before, m));
      return r.toBuilder().dbInstance(shown(r.dbInstance(), call.now())).build();
    }
    if (response instanceof DescribeDbInstancesResponse r) {
      return r.toBuilder().dbInstances(r.dbInstances().stream().map(i -> shown(i, call.now())).collect(Collectors.toList())).build();
    }
    return response;
  }

  private DBInstance shown(DBInstance i, Instant now) {
    String id = i.dbInstanceIdentifier();
    Instant born = created.get(id);
    if (born != null && now.isBefore(born.plus(creating))) {
      return i.toBuilder().dbInstanceStatus("creating").endpoint((software.amazon.awssdk.services.rds.model.Endpoint) null).build();
    }
    Modification m = modified.get(id);
    if (m != null && now.isBefore(m.at().plus(startsAfter).plus(modifying))) {
      String status = now.isBefore(m.at().plus(startsAfter)) ? "available" : "modifying";
      return i.toBuilder().dbInstanceStatus(status)
          .dbInstanceClass(m.before().dbInstanceClass())
          .allocatedStorage(m.before().allocatedStorage())
          .multiAZ(m.before().multiAZ())
          .engineVersion(m.before().engineVersion())
          .pendingModifiedValues(pending(m.request()))
          .build();
    }
    lastSettled.put(id, i);
    return i;
  }

  private static PendingModifiedValues pending(ModifyDbInstanceRequest r) {
    return PendingModifiedValues.builder()
        .dbInstanceClass(r.dbInstanceClass())
        .allocatedStorage(r.allocatedStorage())
        .multiAZ(r.multiAZ())
        .engineVersion(r.engineVersion())
        .build();
  }
}
