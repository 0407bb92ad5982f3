package dev.papersearch.cli;

import dev.papersearch.eval.DevSet;
import dev.papersearch.eval.EvalSet;
import dev.papersearch.eval.Evaluation;
import dev.papersearch.eval.KorQuad;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code eval}: relevance of papersearch and its baselines on the dev set and on KorQuAD. */
final class EvalCommand {

  static final String HELP =
      """
      Usage: papersearch eval [--corpus DIR] [--queries FILE] [--korquad FILE] [--systems LIST]
                              [--no-korquad] [--misses] [--out FILE]

      Indexes the same documents into each system and prints nDCG@10, MRR@10, Success@1,
      Success@10 and Recall@10, overall and per query kind, side by side.

        --corpus DIR    daily digests (default: ../shared/corpus)
        --queries FILE  known-item queries, TSV qid/kind/query/relevant
                        (default: config/eval/dailypapers-dev.tsv)
        --korquad FILE  KorQuAD 1.0 dev JSON (default: ../shared/korquad/KorQuAD_v1.0_dev.json)
        --systems LIST  comma-separated, from: standard, cjk, nori-default, papersearch,
                        papersearch-mixed, papersearch-discard, papersearch-nori-stoptags,
                        papersearch-no-votes (default: all)
        --no-korquad    only the daily-papers set
        --misses        also list the dev-set queries papersearch did not answer at rank 1
        --out FILE      also write the tables as markdown to FILE
      """;

  private EvalCommand() {}

  static int run(Args args, PrintStream out) {
    Path corpus = Path.of(valueOr(args, "corpus", "../shared/corpus"));
    Path queries = Path.of(valueOr(args, "queries", "config/eval/dailypapers-dev.tsv"));
    Path korquad = Path.of(valueOr(args, "korquad", "../shared/korquad/KorQuAD_v1.0_dev.json"));
    List<String> systems =
        Arrays.stream(valueOr(args, "systems", String.join(",", Evaluation.defaultSystems())).split(","))
            .map(String::strip)
            .toList();
    for (Path p : List.of(corpus, queries)) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or folder");
      }
    }
    StringBuilder report = new StringBuilder();
    EvalSet dev = DevSet.load(corpus, queries);
    List<Evaluation.SystemResult> devResults = Evaluation.run(dev, systems, out::println);
    report.append("## ").append(dev.name()).append("\n\n").append(Evaluation.table(dev, devResults));
    if (!args.has("no-korquad")) {
      if (!Files.exists(korquad)) {
        throw new UsageException(korquad + ": no such file (or pass --no-korquad)");
      }
      EvalSet kq = KorQuad.load(korquad);
      report.append("\n## ").append(kq.name()).append("\n\n").append(Evaluation.table(kq, Evaluation.run(kq, systems, out::println)));
    }
    out.println();
    out.print(report);
    if (args.has("misses")) {
      devResults.stream()
          .filter(r -> r.system().equals("papersearch"))
          .forEach(r -> r.misses().forEach(m -> out.println("  miss " + m)));
    }
    if (args.has("out")) {
      write(Path.of(args.get("out")), report.toString());
    }
    return 0;
  }

  private static String valueOr(Args args, String name, String fallback) {
    return args.has(name) ? args.get(name) : fallback;
  }

  private static void write(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
