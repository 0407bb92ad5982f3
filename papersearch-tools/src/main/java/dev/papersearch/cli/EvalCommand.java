package dev.papersearch.cli;

import dev.papersearch.eval.DevSet;
import dev.papersearch.eval.EvalSet;
import dev.papersearch.eval.Evaluation;
import dev.papersearch.eval.RelatedEval;
import dev.papersearch.eval.ResultDump;
import dev.papersearch.eval.TypingEval;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.Paper;
import dev.papersearch.search.Stage;
import dev.papersearch.eval.KorQuad;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code eval}: relevance of papersearch and its baselines on the dev set and on KorQuAD, and the
 * typing sets.
 */
final class EvalCommand {

  static final String HELP =
      """
      Usage: papersearch eval [--corpus DIR] [--queries FILE] [--korquad FILE] [--systems LIST | --off STAGES]
                              [--no-korquad] [--misses] [--out FILE]
             papersearch eval --dump FILE [--corpus DIR]
             papersearch eval --compare BEFORE,AFTER
             papersearch eval --typing [--corpus DIR] [--out FILE]
             papersearch eval --related [--corpus DIR] [--out FILE]

      Indexes the same documents into each system and prints nDCG@10, MRR@10, Success@1,
      Success@10 and Recall@10, overall and per query kind, side by side.

        --corpus DIR    daily digests (default: ../shared/corpus)
        --queries FILE  known-item queries, TSV qid/kind/query/relevant
                        (default: config/eval/dailypapers-dev.tsv)
        --korquad FILE  KorQuAD 1.0 dev JSON (default: ../shared/korquad/KorQuAD_v1.0_dev.json)
        --systems LIST  comma-separated, from: standard, cjk, nori-default, papersearch,
                        papersearch-mixed, papersearch-discard, papersearch-inflections,
                        papersearch-nori-stoptags, papersearch-no-STAGE for any stage below,
                        stages joined by + (default: all of these, one stage off at a time)
        --off STAGES    compare papersearch with papersearch without these query stages
                        (comma-separated: word-alone, respelling, spelling-variants, long-forms,
                        transliteration, bigrams, korean-names, glossary, synonyms, votes-prior)
        --no-korquad    only the daily-papers set
        --misses        also list the dev-set queries papersearch did not answer at rank 1
        --out FILE      also write the tables as markdown to FILE
        --dump FILE     write the shipped system's first page for every query of the dev,
                        held-out, blind and names sets (config/eval/*.tsv): ids, ranks, totals,
                        scores, titles and snippets
        --compare A,B   compare two dumps: exit 0 when every line is the same (scores within
                        1e-5), 1 with the differences printed otherwise; a refactoring of the
                        query path must pass it
        --typing        only the typing sets (search as people type): topic terms drawn from the
                        corpus, typed to 40% and 70% of their keystrokes, with a slip, in the wrong
                        keyboard mode and as initial consonants; overlap@10 with the whole term's
                        first page, and hit@5 of the suggestions (GET /api/suggest)
        --related       only the related papers (GET /api/papers/{id}/related): hit@5 of the
                        hand-made pairs of config/eval/related-pairs.tsv, dev and held-out rows

      The cross-language kinds en2ko and ko2en are in config/eval/crosslingual-dev.tsv and
      crosslingual-holdout.tsv: pass one with --queries.
      """;

  /** The valued and the boolean flags of {@code eval}. */
  static final Set<String> VALUED = Set.of("corpus", "queries", "korquad", "systems", "out", "dump", "compare", "off");

  static final Set<String> BOOLEANS = Set.of("no-korquad", "misses", "typing", "related");

  /** The sets a dump answers. */
  private static final List<Path> DUMPED_SETS =
      List.of(
          Path.of("config/eval/dailypapers-dev.tsv"),
          Path.of("config/eval/dailypapers-holdout.tsv"),
          Path.of("config/eval/dailypapers-blind2.tsv"),
          Path.of("config/eval/hangul-names-check.tsv"));

  private EvalCommand() {}

  static int run(Args args, PrintStream out) {
    Path corpus = Path.of(valueOr(args, "corpus", "../shared/corpus"));
    if (args.has("compare")) {
      String[] dumps = args.get("compare").split(",");
      if (dumps.length != 2) {
        throw new UsageException("--compare takes two dumps: --compare BEFORE,AFTER");
      }
      return ResultDump.compare(Path.of(dumps[0]), Path.of(dumps[1]), out) ? 0 : 1;
    }
    if (args.has("dump")) {
      ResultDump.write(corpus, DUMPED_SETS, Path.of(args.get("dump")));
      out.println("wrote " + args.get("dump"));
      return 0;
    }
    if (args.has("typing")) {
      return typing(corpus, args, out);
    }
    if (args.has("related")) {
      return related(corpus, args, out);
    }
    Path queries = Path.of(valueOr(args, "queries", "config/eval/dailypapers-dev.tsv"));
    Path korquad = Path.of(valueOr(args, "korquad", "../shared/korquad/KorQuAD_v1.0_dev.json"));
    List<String> systems =
        args.has("off")
            ? List.of("papersearch", Evaluation.without(stages(args.get("off"))))
            : Arrays.stream(valueOr(args, "systems", String.join(",", Evaluation.defaultSystems())).split(","))
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

  /** {@code --typing}: the typing sets over the shipped system and its suggestions. */
  private static int typing(Path corpus, Args args, PrintStream out) {
    if (!Files.exists(corpus)) {
      throw new UsageException(corpus + ": no such folder");
    }
    List<Paper> papers = new CorpusReader().read(corpus, CorpusReader.QUIETLY).papers();
    String report = "## typing\n\n" + TypingEval.table(TypingEval.run(papers));
    out.print(report);
    if (args.has("out")) {
      write(Path.of(args.get("out")), report);
    }
    return 0;
  }

  /** {@code --related}: the related papers of the hand-made pairs. */
  private static int related(Path corpus, Args args, PrintStream out) {
    Path pairs = Path.of("config/eval/related-pairs.tsv");
    for (Path p : List.of(corpus, pairs)) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or folder");
      }
    }
    List<Paper> papers = new CorpusReader().read(corpus, CorpusReader.QUIETLY).papers();
    String report = "## related papers\n\n" + RelatedEval.table(RelatedEval.run(papers, pairs));
    out.print(report);
    if (args.has("out")) {
      write(Path.of(args.get("out")), report);
    }
    return 0;
  }

  /** The stages {@code --off} names, comma-separated. */
  private static Set<Stage> stages(String labels) {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    for (String label : labels.split(",")) {
      stages.add(
          Stage.byLabel(label)
              .orElseThrow(
                  () -> new UsageException(
                      "--off: '" + label.strip() + "' is no stage; the stages are "
                          + Stage.switchable().stream().map(Stage::label).toList())));
    }
    return stages;
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
