package dev.tenkai.dsl;

import static dev.tenkai.dsl.TenkaiTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.SecretRef;
import dev.tenkai.model.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataTierTest {
  @Test
  void aDatabaseWithAStandbyInAnotherZone() {
    Database db = minimal(x -> x.database("db", d -> d.mysql("8.0").instanceClass("db.m6g.large").primaryIn("a").standbyIn("c")))
        .database("db").orElseThrow();
    assertThat(db.engine()).isEqualTo(DatabaseEngine.MYSQL);
    assertThat(db.version()).isEqualTo("8.0");
    assertThat(db.zones()).containsExactly("a", "c");
    assertThat(db.port()).isEqualTo(3306);
    assertThat(db.tier()).isEqualTo("private");
    assertThat(db.storageEncrypted()).isTrue();
    assertThat(db.masterSecret()).isEqualTo(SecretRef.providerManaged());
  }

  @Test
  void thePrimaryDefaultsToTheFirstZoneWithoutStandby() {
    Database db = minimal(x -> x.database("db", d -> d.postgresql("16").instanceClass("db.t4g.small")))
        .database("db").orElseThrow();
    assertThat(db.primaryZone()).isEqualTo("a");
    assertThat(db.standbyZone()).isEmpty();
    assertThat(db.port()).isEqualTo(5432);
  }

  @Test
  void everyDatabaseAttributeIsSettable() {
    Database db = minimal(x -> x.database("db", d -> d.mariadb("10.11").engine(DatabaseEngine.MARIADB, "10.11")
        .instanceClass("db.m6g.large").tier("private").primaryIn("c").standbyIn("a")
        .publiclyAccessible(false).storageEncrypted(false).storageGib(100).port(3307)
        .masterUsername("rails").masterSecretInStore("prod/db/master")
        .backupWindow(LocalTime.of(18, 0), Duration.ofHours(1))
        .maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1))))
        .database("db").orElseThrow();
    assertThat(db.engine()).isEqualTo(DatabaseEngine.MARIADB);
    assertThat(db.primaryZone()).isEqualTo("c");
    assertThat(db.storageEncrypted()).isFalse();
    assertThat(db.storageGib()).isEqualTo(100);
    assertThat(db.port()).isEqualTo(3307);
    assertThat(db.masterUsername()).isEqualTo("rails");
    assertThat(db.masterSecret()).isEqualTo(SecretRef.inSecretStore("prod/db/master"));
    assertThat(db.backupWindow()).contains(DailyWindow.of(LocalTime.of(18, 0), Duration.ofHours(1)));
    assertThat(db.maintenanceWindow()).contains(WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1)));
  }

  @Test
  void aStandbyInThePrimarysZoneIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.database("db", d -> d.mysql("8.0").instanceClass("c").primaryIn("a").standbyIn("a"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("databases[db].standbyZone")
        .hasMessageContaining("another zone");
  }

  @Test
  void aDatabaseWithoutEngineOrClassIsNamed() {
    assertThatThrownBy(() -> minimal(x -> x.database("db", d -> d.instanceClass("c"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("databases[db].engine:");
    assertThatThrownBy(() -> minimal(x -> x.database("db", d -> d.mysql("8.0"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageStartingWith("databases[db].instanceClass:");
  }

  @Test
  void aTooLongBackupWindowIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.database("db", d -> d.mysql("8.0").instanceClass("c")
        .backupWindow(LocalTime.of(18, 0), Duration.ofHours(25)))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("window.duration");
  }

  @Test
  void aReplicatedManagedCache() {
    Cache c = minimal(x -> x.cache("cache", k -> k.redis("7.1").instanceClass("cache.m6g.large").perZone(1)
        .replicated().longestExpiry(Duration.ofDays(60)))).cache("cache").orElseThrow();
    assertThat(c.engine()).isEqualTo(CacheEngine.REDIS);
    assertThat(c.version()).contains("7.1");
    assertThat(c.hosting()).isEqualTo(CacheHosting.MANAGED);
    assertThat(c.nodesPerZone()).isEqualTo(Map.of("a", 1, "c", 1));
    assertThat(c.replicatedAcrossZones()).isTrue();
    assertThat(c.longestExpiry()).isEqualTo(Duration.ofDays(60));
    assertThat(c.port()).isEqualTo(6379);
  }

  @Test
  void aSelfRunKyotoTycoonAndOtherEngines() {
    Cache kt = minimal(x -> x.cache("cache", k -> k.kyotoTycoon().selfRun().instanceClass("m1.small").perZone(1)
        .replicated().longestExpiry(Duration.ofDays(60)))).cache("cache").orElseThrow();
    assertThat(kt.engine()).isEqualTo(CacheEngine.KYOTO_TYCOON);
    assertThat(kt.hosting()).isEqualTo(CacheHosting.SELF_RUN);
    assertThat(kt.port()).isEqualTo(11211);
    assertThat(kt.version()).isEmpty();
    Cache mc = minimal(x -> x.cache("cache", k -> k.memcached().version("1.6").instanceClass("c").in("a", 2)
        .sharded().longestExpiry(Duration.ofDays(1)).encryptedAtRest(false).port(22122).tier("private")))
        .cache("cache").orElseThrow();
    assertThat(mc.engine()).isEqualTo(CacheEngine.MEMCACHED);
    assertThat(mc.nodesPerZone()).isEqualTo(Map.of("a", 2));
    assertThat(mc.replicatedAcrossZones()).isFalse();
    assertThat(mc.encryptedAtRest()).isFalse();
    assertThat(mc.port()).isEqualTo(22122);
    Cache vk = minimal(x -> x.cache("cache", k -> k.valkey("8.0").engine(CacheEngine.VALKEY).instanceClass("c").perZone(1)
        .replicated().longestExpiry(Duration.ofDays(1)))).cache("cache").orElseThrow();
    assertThat(vk.engine()).isEqualTo(CacheEngine.VALKEY);
  }

  @Test
  void aCacheMissingWhatTheModelNeedsIsNamed() {
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.instanceClass("c").perZone(1).replicated()
        .longestExpiry(Duration.ofDays(1)))))
        .isInstanceOf(InvalidTopologyException.class).hasMessageStartingWith("caches[cache].engine:");
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.redis("7").perZone(1).replicated()
        .longestExpiry(Duration.ofDays(1)))))
        .isInstanceOf(InvalidTopologyException.class).hasMessageStartingWith("caches[cache].instanceClass:");
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.redis("7").instanceClass("c").replicated()
        .longestExpiry(Duration.ofDays(1)))))
        .isInstanceOf(InvalidTopologyException.class).hasMessageStartingWith("caches[cache].nodesPerZone:");
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.redis("7").instanceClass("c").perZone(1)
        .longestExpiry(Duration.ofDays(1)))))
        .isInstanceOf(InvalidTopologyException.class).hasMessageStartingWith("caches[cache].replicatedAcrossZones:");
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.redis("7").instanceClass("c").perZone(1).replicated())))
        .isInstanceOf(InvalidTopologyException.class).hasMessageStartingWith("caches[cache].longestExpiry:");
  }

  @Test
  void aNegativeExpiryIsTheModelsError() {
    assertThatThrownBy(() -> minimal(x -> x.cache("cache", k -> k.redis("7").instanceClass("c").perZone(1).replicated()
        .longestExpiry(Duration.ofDays(-1)))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("caches[cache].longestExpiry");
  }
}
