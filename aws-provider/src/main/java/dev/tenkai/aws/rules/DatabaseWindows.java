package dev.tenkai.aws.rules;

import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.WeeklyWindow;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A database's backup and maintenance windows are windows RDS accepts. */
@RuleInfo(
    id = "AWS-028",
    severity = Severity.ERROR,
    summary = "RDS backup and maintenance windows are valid and apart",
    rationale =
        "RDS takes windows in whole minutes (hh24:mi), refuses a backup window or a maintenance"
            + " window shorter than 30 minutes or a maintenance window over 24 hours, and refuses a"
            + " backup window that overlaps the maintenance window on any day. The seed scheduled"
            + " both at night, outside peak hours (lesson 5); two night windows collide easily."
            + " moto checks the maintenance window and the overlap, not the backup window's length.",
    remediation = "Give each window at least 30 whole minutes and move the backup window clear of the maintenance window.")
public final class DatabaseWindows implements Rule {
  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration MAX_WINDOW = Duration.ofHours(24);

  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      ResourcePath path = ResourcePath.database(db.name());
      db.backupWindow().ifPresent(b -> checkLength("backup window", b.startUtc(), b.duration(), path, out));
      db.maintenanceWindow()
          .ifPresent(
              m -> checkLength("maintenance window", m.startUtc(), m.duration(), path, out));
      if (db.backupWindow().isPresent()
          && db.maintenanceWindow().isPresent()
          && overlap(db.backupWindow().get(), db.maintenanceWindow().get())) {
        DailyWindow b = db.backupWindow().get();
        WeeklyWindow m = db.maintenanceWindow().get();
        out.add(
            Violation.at(
                path,
                "backup window %s UTC for %s min overlaps or touches maintenance window %s %s UTC for %s min",
                b.startUtc(),
                b.duration().toMinutes(),
                m.day(),
                m.startUtc(),
                m.duration().toMinutes()));
      }
    }
    return out;
  }

  private static void checkLength(
      String what, LocalTime start, Duration duration, ResourcePath path, List<Violation> out) {
    if (start.getSecond() != 0 || start.getNano() != 0 || duration.toSecondsPart() != 0 || duration.getNano() != 0) {
      out.add(Violation.at(path, "%s starting %s for %s is not in whole minutes", what, start, duration));
    }
    if (duration.compareTo(HALF_HOUR) < 0) {
      out.add(Violation.at(path, "%s lasts %s min; RDS requires at least 30", what, duration.toMinutes()));
    }
    // A daily window is under 24 hours by construction; a weekly one may be longer.
    if (duration.compareTo(MAX_WINDOW) > 0) {
      out.add(Violation.at(path, "%s lasts %s min; RDS allows at most 1440", what, duration.toMinutes()));
    }
  }

  /** Whether the daily backup window meets or touches the weekly maintenance window on any day. */
  private static boolean overlap(DailyWindow backup, WeeklyWindow maintenance) {
    // Minute by minute over one week, wrapping Sunday night into Monday: small and exact.
    BitSet maintained = new BitSet(MINUTES_PER_WEEK);
    int mStart = (maintenance.day().getValue() - 1) * MINUTES_PER_DAY + minuteOfDay(maintenance.startUtc());
    for (long i = 0; i < maintenance.duration().toMinutes(); i++) {
      maintained.set((int) ((mStart + i) % MINUTES_PER_WEEK));
    }
    for (int day = 0; day < 7; day++) {
      int bStart = day * MINUTES_PER_DAY + minuteOfDay(backup.startUtc());
      // One minute more at each end: RDS also refuses windows that merely touch.
      for (long i = -1; i <= backup.duration().toMinutes(); i++) {
        if (maintained.get((int) ((bStart + i + MINUTES_PER_WEEK) % MINUTES_PER_WEEK))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int minuteOfDay(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }
}
