package dev.tenkai.rules.operations;

import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.Durations;
import dev.tenkai.model.PeakHours;
import dev.tenkai.model.Topology;
import dev.tenkai.model.WeeklyWindow;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A database backup or maintenance window that falls in the service's peak hours. */
@RuleInfo(
    id = "TK-OPS-002",
    severity = Severity.WARNING,
    summary = "A database's backup or maintenance window overlaps the service's peak hours",
    rationale =
        "Seed lesson 5: in Tokyo, from the afternoon to 1 a.m., even snapshots took minutes; backups slow the"
            + " database and maintenance may fail it over. Schedule them at night, in the service's own time"
            + " zone.",
    remediation =
        "Move the window (given in UTC) outside the peak hours converted to UTC, e.g. at 03:00 local time.")
public final class WindowDuringPeakHours implements Rule {
  /**
   * Peak hours move against UTC with daylight saving time, so the check runs over a week of January
   * and a week of July (both starting on a Monday): fixed dates keep the rule deterministic.
   */
  private static final List<LocalDate> REFERENCE_WEEKS =
      List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 6));

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    Optional<PeakHours> peak = t.service().peakHours();
    if (peak.isEmpty()) {
      return out;
    }
    for (Database db : t.databases()) {
      if (db.backupWindow().isPresent()) {
        DailyWindow w = db.backupWindow().get();
        overlap(peak.get(), w.startUtc(), w.duration(), Optional.empty())
            .ifPresent(p -> out.add(Violation.at(ResourcePath.database(db.name()),
                "database %s backs up daily at %s UTC for %s, inside peak hours %s", db.name(), w.startUtc(),
                Durations.compact(w.duration()), p)));
      }
      if (db.maintenanceWindow().isPresent()) {
        WeeklyWindow w = db.maintenanceWindow().get();
        overlap(peak.get(), w.startUtc(), w.duration(), Optional.of(w.day()))
            .ifPresent(p -> out.add(Violation.at(ResourcePath.database(db.name()),
                "database %s has maintenance on %s at %s UTC for %s, inside peak hours %s", db.name(), w.day(),
                w.startUtc(), Durations.compact(w.duration()), p)));
      }
    }
    return out;
  }

  /**
   * The peak hours as text (local and UTC) when a window starting at {@code startUtc} every day (or
   * every {@code weekday}) overlaps them in a reference week; empty otherwise.
   */
  private static Optional<String> overlap(
      PeakHours peak, LocalTime startUtc, Duration length, Optional<DayOfWeek> weekday) {
    for (LocalDate monday : REFERENCE_WEEKS) {
      // One day either side, so that windows and peaks crossing midnight are seen whole.
      for (int i = -1; i <= 7; i++) {
        LocalDate day = monday.plusDays(i);
        if (weekday.isPresent() && day.getDayOfWeek() != weekday.get()) {
          continue;
        }
        Instant ws = day.atTime(startUtc).toInstant(ZoneOffset.UTC);
        Instant we = ws.plus(length);
        for (int j = -2; j <= 8; j++) {
          LocalDate peakDay = monday.plusDays(j);
          Instant ps = ZonedDateTime.of(peakDay, peak.start(), peak.timeZone()).toInstant();
          // An end at or before the start means the peak runs past midnight.
          LocalDate endDay = peak.end().isAfter(peak.start()) ? peakDay : peakDay.plusDays(1);
          Instant pe = ZonedDateTime.of(endDay, peak.end(), peak.timeZone()).toInstant();
          if (ws.isBefore(pe) && ps.isBefore(we)) {
            return Optional.of(String.format("%s-%s %s (%s-%s UTC)", peak.start(), peak.end(), peak.timeZone(),
                LocalTime.ofInstant(ps, ZoneOffset.UTC), LocalTime.ofInstant(pe, ZoneOffset.UTC)));
          }
        }
      }
    }
    return Optional.empty();
  }
}
