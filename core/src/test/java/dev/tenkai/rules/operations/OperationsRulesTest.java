package dev.tenkai.rules.operations;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.of2012;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withDb;
import static dev.tenkai.rules.RuleTesting.withWeb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.PeakHours;
import dev.tenkai.model.ServiceProfile;
import dev.tenkai.model.Topology;
import dev.tenkai.model.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsRulesTest {
  @Test
  void burstableClassesAreRecognised() {
    for (String c : new String[] {"t1.micro", "t2.small", "t3.medium", "t3a.large", "t4g.nano", "db.t3.micro", "cache.t4g.small"}) {
      assertThat(BurstableClassForSteadyLoad.isBurstable(c)).as(c).isTrue();
    }
    for (String c : new String[] {"c6i.large", "m1.small", "db.m6g.large", "cache.m6g.large", "c1.medium"}) {
      assertThat(BurstableClassForSteadyLoad.isBurstable(c)).as(c).isFalse();
    }
  }

  @Test
  void burstableClassesUnderSteadyLoadAreFlagged() {
    Topology t = withDb(withWeb(modern(), g -> g.withInstanceClass("t3.medium")), d -> d.withInstanceClass("db.t4g.micro"));
    assertThat(violations(new BurstableClassForSteadyLoad(), t))
        .extracting(v -> v.resource() + ": " + v.message())
        .containsExactly(
            "serverGroups[web]: server group web carries steady load on burstable class t3.medium",
            "databases[db]: database db runs on burstable class db.t4g.micro");
  }

  @Test
  void burstableClassesForIdleServersPass() {
    assertThat(violations(new BurstableClassForSteadyLoad(), modern())).isEmpty();
    Topology idle = withWeb(modern(), g -> g.withInstanceClass("t3.medium").withSteadyLoad(false));
    assertThat(violations(new BurstableClassForSteadyLoad(), idle)).isEmpty();
  }

  @Test
  void aBackupWindowInsideTokyoPeakHoursIsFlagged() {
    // 05:00 UTC is 14:00 in Tokyo, inside the 13:00-01:00 peak.
    Topology t = withDb(modern(), d -> d.withBackupWindow(DailyWindow.of(LocalTime.of(5, 0), Duration.ofHours(1))));
    assertThat(violations(new WindowDuringPeakHours(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("databases[db]");
          assertThat(v.message())
              .isEqualTo("database db backs up daily at 05:00 UTC for 1h, inside peak hours 13:00-01:00 Asia/Tokyo"
                  + " (04:00-16:00 UTC)");
        });
  }

  @Test
  void aMaintenanceWindowInsideThePeakPastMidnightIsFlagged() {
    // Monday 15:30 UTC is Tuesday 00:30 in Tokyo: after midnight, still in the peak that ends at 01:00.
    Topology t = withDb(modern(), d -> d.withMaintenanceWindow(
        WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(15, 30), Duration.ofMinutes(30))));
    assertThat(messages(new WindowDuringPeakHours(), t))
        .containsExactly("database db has maintenance on MONDAY at 15:30 UTC for 30m, inside peak hours 13:00-01:00"
            + " Asia/Tokyo (04:00-16:00 UTC)");
  }

  @Test
  void windowsAtNightInTheServiceTimeZonePass() {
    assertThat(violations(new WindowDuringPeakHours(), modern())).isEmpty();
    // 16:00 UTC is 01:00 in Tokyo, the moment the peak ends.
    Topology atEnd = withDb(modern(), d -> d.withBackupWindow(DailyWindow.of(LocalTime.of(16, 0), Duration.ofHours(2))));
    assertThat(violations(new WindowDuringPeakHours(), atEnd)).isEmpty();
    Topology noPeak = ImmutableTopology.copyOf(atEnd).withService(ServiceProfile.builder().build());
    assertThat(violations(new WindowDuringPeakHours(),
        withDb(noPeak, d -> d.withBackupWindow(DailyWindow.of(LocalTime.of(5, 0), Duration.ofHours(1)))))).isEmpty();
  }

  @Test
  void daylightSavingTimeIsTakenIntoAccount() {
    // London's 18:00-22:00 peak is 17:00-21:00 UTC in summer: a 17:00 UTC backup falls in it then only.
    Topology london = withDb(
        ImmutableTopology.copyOf(modern()).withService(ServiceProfile.builder()
            .peakHours(PeakHours.of(ZoneId.of("Europe/London"), LocalTime.of(18, 0), LocalTime.of(22, 0))).build()),
        d -> d.withBackupWindow(DailyWindow.of(LocalTime.of(17, 0), Duration.ofMinutes(30)))
            .withMaintenanceWindow(Optional.empty()));
    assertThat(messages(new WindowDuringPeakHours(), london))
        .containsExactly("database db backs up daily at 17:00 UTC for 30m, inside peak hours 18:00-22:00 Europe/London"
            + " (17:00-21:00 UTC)");
  }

  @Test
  void deprecatedEngineVersionsAreFlagged() {
    assertThat(violations(new DeprecatedEngineVersion(), of2012()))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("databases[db]");
          assertThat(v.message()).isEqualTo("database db runs MYSQL 5.5; the oldest supported version (as of 2026-11) is 8.4");
        });
    Topology pg13 = withDb(modern(), d -> d.withEngine(DatabaseEngine.POSTGRESQL).withVersion("13.4"));
    assertThat(messages(new DeprecatedEngineVersion(), pg13))
        .containsExactly("database db runs POSTGRESQL 13.4; the oldest supported version (as of 2026-11) is 14");
  }

  @Test
  void supportedOrUnreadableVersionsPass() {
    for (String v : new String[] {"8.4", "8.4.3", "9.1", "mysql-aurora"}) {
      assertThat(violations(new DeprecatedEngineVersion(), withDb(modern(), d -> d.withVersion(v)))).as(v).isEmpty();
    }
    Topology pg16 = withDb(modern(), d -> d.withEngine(DatabaseEngine.POSTGRESQL).withVersion("16"));
    assertThat(violations(new DeprecatedEngineVersion(), pg16)).isEmpty();
  }
}
