package dev.tenkai.aws.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceResponse;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.ModifyDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.ModifyDbInstanceResponse;

/**
 * RDS storage only grows, by at least 10% at a time, and not again for six hours (or until storage
 * optimization ends): a ModifyDBInstance that shrinks AllocatedStorage, grows it by less than 10%,
 * or changes it within six hours of the last change is refused ({@code
 * InvalidParameterCombination}). moto accepts all three. (The API reference says a grow of under
 * 10% is rounded up; the user guide says it is an error: played as an error, which a provider must
 * avoid either way.)
 */
public final class RdsStorageRules implements Behaviour {
  /** No further storage change for this long after one. */
  public static final Duration COOLDOWN = Duration.ofHours(6);

  private final Map<String, Integer> storage = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastChange = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "RDS storage: no shrink, at least 10% more, once per 6 hours";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.ScalingUp.html";
  }

  @Override
  public void before(Call call) {
    if (!(call.request() instanceof ModifyDbInstanceRequest r) || r.allocatedStorage() == null) {
      return;
    }
    String id = r.dbInstanceIdentifier();
    Integer current = storage.get(id);
    if (current == null || r.allocatedStorage().equals(current)) {
      return;
    }
    int wanted = r.allocatedStorage();
    if (wanted < current) {
      throw AwsErrors.of(AwsErrors.RDS, "InvalidParameterCombination", "Invalid storage size for DB instance " + id
          + ": allocated storage cannot be decreased (current " + current + " GiB, requested " + wanted + " GiB)");
    }
    if (wanted * 10L < current * 11L) {
      throw AwsErrors.of(AwsErrors.RDS, "InvalidParameterCombination", "Invalid storage size for DB instance " + id
          + ": the new allocated storage must be at least 10% greater than the current " + current + " GiB, got " + wanted + " GiB");
    }
    Instant last = lastChange.get(id);
    if (last != null && call.now().isBefore(last.plus(COOLDOWN))) {
      throw AwsErrors.of(AwsErrors.RDS, "InvalidParameterCombination", "You can't currently modify the storage of DB instance " + id
          + " because the previous storage change is being optimized (no further change for 6 hours)");
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof CreateDbInstanceResponse r) {
      learn(r.dbInstance());
    } else if (response instanceof DescribeDbInstancesResponse r) {
      r.dbInstances().forEach(this::learn);
    } else if (response instanceof ModifyDbInstanceResponse && call.request() instanceof ModifyDbInstanceRequest r
        && r.allocatedStorage() != null && !r.allocatedStorage().equals(storage.get(r.dbInstanceIdentifier()))) {
      storage.put(r.dbInstanceIdentifier(), r.allocatedStorage());
      lastChange.put(r.dbInstanceIdentifier(), call.now());
    }
    return response;
  }

  private void learn(DBInstance i) {
    if (i.allocatedStorage() != null && !lastChange.containsKey(i.dbInstanceIdentifier())) {
      storage.put(i.dbInstanceIdentifier(), i.allocatedStorage());
    }
  }
}
