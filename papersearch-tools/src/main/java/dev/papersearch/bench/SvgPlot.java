package dev.papersearch.bench;

import dev.papersearch.bench.BenchResults.IndexingResult;
import java.util.List;

/**
 * The report's figure as hand-written SVG, so no plotting library is needed: on the left the
 * in-process latency percentiles per system (log scale), on the right warm indexing time against
 * the number of papers for each scale.
 */
final class SvgPlot {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 430;
  private static final int TOP = 50;
  private static final int BOTTOM = 340;
  private static final String[] PERCENTILE_COLORS = {"#4c78a8", "#f58518", "#e45756"};
  private static final String[] SYSTEM_COLORS = {"#d62728", "#1f77b4", "#2ca02c", "#9467bd"};

  private final BenchResults r;
  private final StringBuilder svg = new StringBuilder();

  SvgPlot(BenchResults results) {
    this.r = results;
  }

  String render() {
    svg.append(Fmt.f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
        + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(Fmt.f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    latencyPanel(60, 520);
    indexingPanel(640, 960);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Grouped bars p50/p90/p99 per system and variant at scale 1, on a log axis in ms. */
  private void latencyPanel(int left, int right) {
    List<LatencyBench.Result> rows = r.search().stream().filter(s -> s.scale() == 1).toList();
    text(left, 25, "In-process latency per query, scale 1 (ms, log scale)", "start", 13, "bold");
    double max = rows.stream().mapToDouble(s -> s.latency().p99()).filter(d -> !Double.isNaN(d)).max().orElse(1);
    double min = rows.stream().mapToDouble(s -> s.latency().p50()).filter(d -> !Double.isNaN(d)).min().orElse(0.01);
    int lo = (int) Math.floor(Math.log10(Math.max(min, 1e-3)));
    int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
    for (int e = lo; e <= hi; e++) {
      double y = logY(Math.pow(10, e), lo, hi);
      line(left, y, right, y, "#dddddd");
      text(left - 6, y + 4, Fmt.f(e < 0 ? "%." + (-e) + "f" : "%.0f", Math.pow(10, e)), "end", 11, "normal");
    }
    line(left, BOTTOM, right, BOTTOM, "#333333");
    if (rows.isEmpty()) {
      return;
    }
    double group = (right - left) / (double) rows.size();
    double bar = group * 0.8 / 3;
    for (int i = 0; i < rows.size(); i++) {
      LatencyBench.Result s = rows.get(i);
      double[] values = {s.latency().p50(), s.latency().p90(), s.latency().p99()};
      double x0 = left + i * group + group * 0.1;
      for (int p = 0; p < 3; p++) {
        if (Double.isNaN(values[p])) {
          continue;
        }
        double y = logY(values[p], lo, hi);
        svg.append(Fmt.f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s p%s: %s ms</title></rect>%n",
            x0 + p * bar, y, bar - 1, BOTTOM - y, PERCENTILE_COLORS[p], esc(s.system()), s.rich() ? "rich" : "plain",
            new String[] {"50", "90", "99"}[p], Fmt.ms(values[p])));
      }
      double cx = left + i * group + group / 2;
      text(cx, BOTTOM + 14, shortName(s.system()), "middle", 10, "normal");
      text(cx, BOTTOM + 26, s.rich() ? "hl + facets" : "plain", "middle", 10, "normal");
    }
    String[] labels = {"p50", "p90", "p99"};
    for (int p = 0; p < 3; p++) {
      svg.append(Fmt.f("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n", left + p * 60, BOTTOM + 40, PERCENTILE_COLORS[p]));
      text(left + p * 60 + 14, BOTTOM + 49, labels[p], "start", 11, "normal");
    }
  }

  /** Warm indexing seconds against papers, one line per system. */
  private void indexingPanel(int left, int right) {
    text(left - 40, 25, "Warm indexing time against corpus size", "start", 13, "bold");
    List<IndexingResult> all = r.indexing();
    double maxSeconds = all.stream().mapToDouble(IndexingResult::seconds).max().orElse(1) * 1.1;
    double maxPapers = all.stream().mapToDouble(IndexingResult::papers).max().orElse(1) * 1.05;
    for (int t = 0; t <= 4; t++) {
      double y = BOTTOM - (BOTTOM - TOP) * t / 4.0;
      line(left, y, right, y, "#dddddd");
      text(left - 6, y + 4, Fmt.f("%.1f s", maxSeconds * t / 4), "end", 11, "normal");
      double x = left + (right - left) * t / 4.0;
      text(x, BOTTOM + 14, Fmt.count(maxPapers * t / 4), "middle", 10, "normal");
    }
    line(left, BOTTOM, right, BOTTOM, "#333333");
    text((left + right) / 2.0, BOTTOM + 28, "papers", "middle", 11, "normal");
    for (int s = 0; s < EngineSpec.ALL.size(); s++) {
      String name = EngineSpec.ALL.get(s).name();
      String color = SYSTEM_COLORS[s % SYSTEM_COLORS.length];
      List<IndexingResult> points = all.stream().filter(i -> i.system().equals(name)).toList();
      StringBuilder path = new StringBuilder();
      for (IndexingResult p : points) {
        double x = left + (right - left) * p.papers() / maxPapers;
        double y = BOTTOM - (BOTTOM - TOP) * p.seconds() / maxSeconds;
        path.append(path.length() == 0 ? "" : " ").append(Fmt.f("%.1f,%.1f", x, y));
        svg.append(Fmt.f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: %,d papers in %s s</title></circle>%n",
            x, y, color, esc(name), p.papers(), Fmt.seconds(p.seconds())));
      }
      svg.append(Fmt.f("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, color));
      int ly = BOTTOM + 44 + (s / 2) * 16;
      int lx = left + (s % 2) * 170;
      line(lx, ly - 4, lx + 16, ly - 4, color);
      text(lx + 20, ly, name, "start", 11, "normal");
    }
  }

  private static double logY(double value, int lo, int hi) {
    double v = Math.log10(Math.max(value, Math.pow(10, lo)));
    return BOTTOM - (BOTTOM - TOP) * (v - lo) / (hi - lo);
  }

  private static String shortName(String system) {
    return system.replace("lucene-", "").replace("-default", "").replace("-trigram", "");
  }

  private void line(double x1, double y1, double x2, double y2, String color) {
    svg.append(Fmt.f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"/>%n", x1, y1, x2, y2, color));
  }

  private void text(double x, double y, String text, String anchor, int size, String weight) {
    svg.append(Fmt.f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s</text>%n",
        x, y, anchor, size, weight, esc(text)));
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
