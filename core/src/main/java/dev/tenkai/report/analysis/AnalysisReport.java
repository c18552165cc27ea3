package dev.tenkai.report.analysis;

import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.SinglePointOfFailure;
import java.util.List;

/**
 * The failure analyses as text (tables a person reads at a glance) and as JSON (a versioned
 * envelope {@code {"format": "tenkai-analysis", "version": 1, "kind": ..., ...}}). A command is a
 * few lines (durations in JSON are ISO-8601 text, e.g. {@code "PT35S"}; shares are 0 to 1):
 *
 * <pre>{@code
 * System.out.print(AnalysisReport.text(ZoneFailure.analyze(topology, Set.of("a"))));
 * System.out.print(AnalysisReport.text(ZoneFailure.everySingleZone(topology),
 *     SinglePointsOfFailure.of(topology)));
 * System.out.print(AnalysisReport.text(RestartTimeline.of(topology, "web")));
 * }</pre>
 */
public final class AnalysisReport {
  /** The format marker of every JSON document. */
  public static final String FORMAT = "tenkai-analysis";

  /** The version of the JSON form. */
  public static final int VERSION = 1;

  /** The text report lists at most this many steps of a restart timeline, then its waves. */
  public static final int MAX_TEXT_STEPS = 40;

  /** The JSON form lists the steps of a restart of at most this many batches (waves always). */
  public static final int MAX_JSON_BATCHES = 2_000;

  private AnalysisReport() {}

  /** One failure scenario, section by section. */
  public static String text(Outage o) {
    return OutageText.text(o);
  }

  /**
   * Several scenarios (e.g. every single zone): a summary line per scenario, the single points of
   * failure, then each scenario in full.
   */
  public static String text(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
    return OutageText.text(outages, singlePoints);
  }

  /** A restart timeline: the setting, the verdict, then the steps (or the waves when many). */
  public static String text(RestartTimeline r) {
    return RestartText.text(r);
  }

  /** One failure scenario as JSON. */
  public static String json(Outage o) {
    return OutageJson.json(o);
  }

  /** Several scenarios and the single points of failure as JSON. */
  public static String json(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
    return OutageJson.json(outages, singlePoints);
  }

  /** A restart timeline as JSON; the steps are left out beyond {@link #MAX_JSON_BATCHES} batches. */
  public static String json(RestartTimeline r) {
    return RestartJson.json(r);
  }
}
