package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link DatabaseWindows}: a topology that violates it and one that does not. */
class DatabaseWindowsTest {
  private final DatabaseWindows rule = new DatabaseWindows();

  @Test
  void flagsABackupWindowOverlappingTheMaintenanceWindow() {
    // Backup daily 18:00-19:00, maintenance Monday 18:30-19:30: they meet every Monday.
    DailyWindow b = DailyWindow.of(LocalTime.of(18, 0), Duration.ofHours(1));
    WeeklyWindow m = WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(18, 30), Duration.ofHours(1));
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(b).withMaintenanceWindow(m))))
        .containsExactly(
            "databases[db]: backup window 18:00 UTC for 60 min overlaps or touches maintenance window MONDAY 18:30 UTC for 60 min");
  }

  @Test
  void flagsABackupWindowThatEndsWhenMaintenanceStarts() {
    // RDS refuses windows that merely touch; moto refused the reference deployment's first draft.
    DailyWindow b = DailyWindow.of(LocalTime.of(18, 0), Duration.ofHours(1));
    WeeklyWindow m = WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1));
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(b).withMaintenanceWindow(m))))
        .containsExactly(
            "databases[db]: backup window 18:00 UTC for 60 min overlaps or touches maintenance window MONDAY 19:00 UTC for 60 min");
  }

  @Test
  void findsAnOverlapAcrossMidnightAndTheWeekEnd() {
    // Maintenance Sunday 23:45 for 30 min runs into Monday 00:15; backup daily 00:00-00:30 meets it.
    DailyWindow b = DailyWindow.of(LocalTime.MIDNIGHT, Duration.ofMinutes(30));
    WeeklyWindow m = WeeklyWindow.of(DayOfWeek.SUNDAY, LocalTime.of(23, 45), Duration.ofMinutes(30));
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(b).withMaintenanceWindow(m))))
        .containsExactly(
            "databases[db]: backup window 00:00 UTC for 30 min overlaps or touches maintenance window SUNDAY 23:45 UTC for 30 min");
  }

  @Test
  void flagsShortAndFractionalWindows() {
    DailyWindow b = DailyWindow.of(LocalTime.of(3, 0, 30), Duration.ofMinutes(20));
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(b))))
        .containsExactly(
            "databases[db]: backup window starting 03:00:30 for PT20M is not in whole minutes",
            "databases[db]: backup window lasts 20 min; RDS requires at least 30");
  }

  @Test
  void flagsAMaintenanceWindowOverADay() {
    WeeklyWindow m = WeeklyWindow.of(DayOfWeek.TUESDAY, LocalTime.of(4, 0), Duration.ofHours(25));
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(Optional.empty()).withMaintenanceWindow(m))))
        .containsExactly("databases[db]: maintenance window lasts 1500 min; RDS allows at most 1440");
  }

  @Test
  void acceptsSeparateWindowsAndMissingOnes() {
    // The reference: backup daily 17:00-18:00 UTC, maintenance Monday 19:00-20:00 UTC.
    assertThat(check(rule, modern())).isEmpty();
    assertThat(check(rule, withDatabase(db -> db.withBackupWindow(Optional.empty())))).isEmpty();
  }
}
