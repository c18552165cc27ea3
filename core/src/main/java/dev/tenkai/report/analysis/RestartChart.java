package dev.tenkai.report.analysis;

import static dev.tenkai.report.analysis.Quantities.human;

import dev.tenkai.analysis.RestartStep;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.model.RestartStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG chart of a {@link RestartTimeline}: servers in service over time as a step line,
 * a red band wherever none is, a dashed line at the number the service needs. Plain SVG text, no
 * library; a timeline of very many batches is drawn as one band per wave (its dips are narrower
 * than a pixel).
 */
public final class RestartChart {
  /** Timelines of more batches are drawn as waves. */
  public static final int MAX_DRAWN_BATCHES = 500;

  private static final int WIDTH = 720;
  private static final int HEIGHT = 280;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;
  private static final long[] TICK_SECONDS = {
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 21_600, 43_200, 86_400,
    172_800, 604_800, 2_592_000, 31_536_000
  };

  private RestartChart() {}

  /** The chart as an SVG document. */
  public static String svg(RestartTimeline r) {
    double end = Math.max(1, r.duration().toMillis() / 1000.0);
    double lead = end * 0.08;
    double t0 = -lead;
    double t1 = end + lead;
    int max = Math.max(1, r.totalServers());
    Plot p = new Plot(t0, t1, max);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    out.append("  <title>").append(escape(title(r))).append("</title>\n");
    out.append("  <rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" fill=\"white\"/>\n");
    out.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", LEFT, escape(title(r))));
    for (RestartTimeline.Span s : r.outageSpans()) {
      double x0 = p.x(seconds(s.from()));
      double x1 = p.x(seconds(s.to()));
      out.append(String.format(Locale.ROOT,
          "  <rect class=\"outage\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#e53935\" fill-opacity=\"0.3\"/>%n",
          x0, TOP, Math.max(1, x1 - x0), HEIGHT - TOP - BOTTOM));
    }
    axes(out, p, r, t0, t1, max);
    if (r.batches() <= MAX_DRAWN_BATCHES) {
      stepLine(out, p, r, t0, t1);
    } else {
      waveBands(out, p, r, t0, t1);
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static String title(RestartTimeline r) {
    String verdict = r.fullOutage()
        ? "full outage " + human(r.outageTime())
        : "minimum " + r.minimumCapacity() + " of " + r.totalServers() + " in service";
    return "Restart of " + r.group() + " (" + Quantities.words(r.policy().strategy())
        + (r.policy().strategy() == RestartStrategy.BATCHES ? " of " + r.policy().batchSize() : "")
        + "): " + verdict;
  }

  private static void stepLine(StringBuilder out, Plot p, RestartTimeline r, double t0, double t1) {
    StringBuilder points = new StringBuilder();
    int level = r.totalServers();
    points.append(pt(p.x(t0), p.y(level)));
    for (RestartStep s : r.steps()) {
      double x = p.x(seconds(s.at()));
      points.append(' ').append(pt(x, p.y(level)));
      level = s.inService();
      points.append(' ').append(pt(x, p.y(level)));
    }
    points.append(' ').append(pt(p.x(t1), p.y(level)));
    out.append("  <polyline class=\"in-service\" fill=\"none\" stroke=\"#1e88e5\" stroke-width=\"2\" points=\"")
        .append(points).append("\"/>\n");
  }

  private static void waveBands(StringBuilder out, Plot p, RestartTimeline r, double t0, double t1) {
    int n = r.totalServers();
    for (RestartWave w : r.waves()) {
      double x0 = p.x(seconds(w.start()));
      double x1 = p.x(seconds(w.end()));
      int low = n - w.batchSize();
      out.append(String.format(Locale.ROOT,
          "  <rect class=\"wave\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1e88e5\" fill-opacity=\"0.35\"/>%n",
          x0, p.y(n), Math.max(1, x1 - x0), Math.max(1, p.y(low) - p.y(n))));
    }
    out.append(String.format(Locale.ROOT,
        "  <polyline class=\"in-service\" fill=\"none\" stroke=\"#1e88e5\" stroke-width=\"2\" points=\"%s %s\"/>%n",
        pt(p.x(t0), p.y(n)), pt(p.x(t1), p.y(n))));
  }

  private static void axes(StringBuilder out, Plot p, RestartTimeline r, double t0, double t1, int max) {
    int bottom = HEIGHT - BOTTOM;
    out.append(String.format(Locale.ROOT,
        "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, bottom, WIDTH - RIGHT, bottom));
    out.append(String.format(Locale.ROOT,
        "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT, bottom));
    for (int v : List.of(0, max)) {
      out.append(String.format(Locale.ROOT,
          "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", LEFT - 6, p.y(v) + 4, v));
    }
    if (r.needed() > 0 && r.needed() < max) {
      out.append(String.format(Locale.ROOT,
          "  <line class=\"needed\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#fb8c00\" stroke-dasharray=\"4 3\"/>%n",
          LEFT, p.y(r.needed()), WIDTH - RIGHT, p.y(r.needed())));
      out.append(String.format(Locale.ROOT,
          "  <text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#fb8c00\">%d</text>%n", LEFT - 6, p.y(r.needed()) + 4, r.needed()));
    }
    long step = tick(t1);
    for (long t = 0; t <= t1; t += step) {
      double x = p.x(t);
      out.append(String.format(Locale.ROOT,
          "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", x, bottom, x, bottom + 4));
      out.append(String.format(Locale.ROOT,
          "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 18, escape(human(Duration.ofSeconds(t)))));
    }
    out.append(String.format(Locale.ROOT,
        "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">time since the restart began</text>%n",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10));
    out.append(String.format(Locale.ROOT,
        "  <text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">servers in service</text>%n",
        (TOP + bottom) / 2, (TOP + bottom) / 2));
  }

  /** A tick step giving at most eight ticks. */
  private static long tick(double span) {
    for (long s : TICK_SECONDS) {
      if (span / s <= 8) {
        return s;
      }
    }
    return (long) Math.ceil(span / 8);
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static String pt(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Maps seconds and server counts onto the plot area. */
  private record Plot(double t0, double t1, int max) {
    double x(double t) {
      return LEFT + (t - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
    }

    double y(int servers) {
      return TOP + (1 - (double) servers / max) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
