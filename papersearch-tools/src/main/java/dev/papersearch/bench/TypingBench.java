package dev.papersearch.bench;

import dev.papersearch.eval.TypingInput;
import dev.papersearch.search.DateRange;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What searching and suggesting cost for the inputs of the typing sets (issue #22): each term typed
 * short of its whole ({@link TypingInput}: to 40% and 70% of its keystrokes, with one slip, in the
 * wrong keyboard mode, as initial consonants) searched in process beside the same term typed whole,
 * the peer; then {@code /api/suggest} over the same inputs.
 *
 * <p>Every timed request is distinct and timed once, so that no cache answers for the index: the
 * warm-up runs other terms' requests, and a timed text the warm-up already sent is left out. Typing
 * inputs and whole terms are timed in one shuffled order, so a disturbance of a shared machine falls
 * on both groups alike.
 */
final class TypingBench {

  /** The kind of a term typed whole. */
  static final String WHOLE = "whole";

  /** Suggestions asked for, as the search box asks. */
  static final int SUGGESTIONS = 5;

  private static final int SLOWEST = 5;
  private static final long SEED = 22;

  /**
   * One search or suggestion request.
   *
   * @param kind a {@link TypingInput#kinds() typing kind}, or {@link #WHOLE}
   */
  record Request(String kind, String term, String text) {

    boolean isWhole() {
      return kind.equals(WHOLE);
    }
  }

  /**
   * What a request took: wall-clock time, and the CPU time of the thread that ran it, which does not
   * grow while the thread waits for a core and so tells work apart from the load of a shared machine.
   */
  record Took(long nanos, long cpuNanos) {}

  /** A request and what it took, in milliseconds. */
  record Timed(Request request, double millis, double cpuMillis) {}

  /** Latencies of a group of requests, and the CPU time of each. */
  record Cost(Latency latency, Latency cpu) {}

  /**
   * The inputs of one kind beside the same terms typed whole.
   *
   * @param noHit inputs of this kind that found nothing
   */
  record KindRow(String kind, Cost typing, Cost whole, int noHit) {}

  /**
   * What one run of the section measured.
   *
   * @param terms terms timed (each whole, and typed in every kind that applies)
   * @param warmUpRequests distinct requests of other terms run before the timed ones
   * @param typing every typing input
   * @param whole every term typed whole
   * @param byKind typing inputs per kind, beside the terms they were typed of
   * @param suggest {@code /api/suggest} for every typing input
   * @param slowestTyping the slowest searches of typing inputs, slowest first
   * @param slowestSuggest the slowest suggestions, slowest first
   */
  record Result(
      int terms,
      int warmUpRequests,
      Cost typing,
      Cost whole,
      int typingNoHit,
      int wholeNoHit,
      List<KindRow> byKind,
      Cost suggest,
      List<Timed> slowestTyping,
      List<Timed> slowestSuggest) {

    double p50Ratio() {
      return typing.latency().p50() / whole.latency().p50();
    }

    double p99Ratio() {
      return typing.latency().p99() / whole.latency().p99();
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TypingBench() {}

  /**
   * Warms up on {@code warmUpTerms} for at least {@code warmUpSeconds}, then times {@code terms} on
   * papersearch.
   */
  static Result run(PapersearchEngine engine, List<String> terms, List<String> warmUpTerms, double warmUpSeconds) {
    List<Request> warmUp = requests(warmUpTerms, Set.of());
    List<Request> timed = new ArrayList<>(requests(terms, warmUp.stream().map(Request::text).toList()));
    Collections.shuffle(timed, new Random(SEED));
    long deadline = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    for (int pass = 0; !warmUp.isEmpty() && (pass == 0 || System.nanoTime() < deadline); pass++) {
      for (Request r : warmUp) {
        search(engine, r);
        if (!r.isWhole()) {
          engine.suggest(r.text(), SUGGESTIONS);
        }
      }
    }
    System.gc(); // so that the warm-up's garbage is not collected on the timed requests' clock

    Map<Request, Took> searches = new LinkedHashMap<>();
    Set<Request> noHit = new HashSet<>();
    for (Request r : timed) {
      boolean[] found = new boolean[1];
      searches.put(r, time(() -> found[0] = search(engine, r)));
      if (!found[0]) {
        noHit.add(r);
      }
    }
    Map<Request, Took> suggestions = new LinkedHashMap<>();
    for (Request r : timed) {
      if (!r.isWhole()) {
        suggestions.put(r, time(() -> engine.suggest(r.text(), SUGGESTIONS)));
      }
    }
    return result(terms.size(), warmUp.size(), searches, noHit, suggestions);
  }

  private static Took time(Runnable request) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    request.run();
    long nanos = System.nanoTime() - t0;
    return new Took(nanos, THREADS.getCurrentThreadCpuTime() - cpu);
  }

  private static Result result(
      int terms, int warmUp, Map<Request, Took> searches, Set<Request> noHit, Map<Request, Took> suggestions) {
    Map<String, Took> wholeOf = new HashMap<>();
    searches.forEach((r, took) -> {
      if (r.isWhole()) {
        wholeOf.put(r.term(), took);
      }
    });
    Group typing = new Group();
    Group whole = new Group();
    Map<String, Group> typingOf = new LinkedHashMap<>();
    Map<String, Group> wholeBeside = new LinkedHashMap<>();
    Map<String, Integer> noHitOf = new HashMap<>();
    for (String kind : TypingInput.kinds()) {
      typingOf.put(kind, new Group());
      wholeBeside.put(kind, new Group());
    }
    searches.forEach((r, took) -> {
      if (r.isWhole()) {
        whole.add(took);
        return;
      }
      typing.add(took);
      typingOf.get(r.kind()).add(took);
      // A kind's peer is the terms it typed: Korean and English terms cost differently, and not every kind types both.
      wholeBeside.get(r.kind()).add(wholeOf.get(r.term()));
      if (noHit.contains(r)) {
        noHitOf.merge(r.kind(), 1, Integer::sum);
      }
    });
    List<KindRow> rows = new ArrayList<>();
    typingOf.forEach((kind, g) -> {
      if (g.count() > 0) {
        rows.add(new KindRow(kind, g.cost(), wholeBeside.get(kind).cost(), noHitOf.getOrDefault(kind, 0)));
      }
    });
    Group suggest = new Group();
    suggestions.values().forEach(suggest::add);
    int typingNoHit = (int) noHit.stream().filter(r -> !r.isWhole()).count();
    return new Result(
        terms, warmUp, typing.cost(), whole.cost(), typingNoHit, noHit.size() - typingNoHit, rows, suggest.cost(),
        slowest(searches), slowest(suggestions));
  }

  /** The {@link #SLOWEST} slowest typing inputs of {@code took}. */
  private static List<Timed> slowest(Map<Request, Took> took) {
    return took.entrySet().stream()
        .filter(e -> !e.getKey().isWhole())
        .sorted(Comparator.comparingLong((Map.Entry<Request, Took> e) -> e.getValue().nanos()).reversed())
        .limit(SLOWEST)
        .map(e -> new Timed(e.getKey(), e.getValue().nanos() / 1e6, e.getValue().cpuNanos() / 1e6))
        .toList();
  }

  /** Wall-clock and CPU samples of one group of requests. */
  private static final class Group {
    private final Samples wall = new Samples();
    private final Samples cpu = new Samples();

    void add(Took took) {
      wall.add(took.nanos());
      cpu.add(took.cpuNanos());
    }

    int count() {
      return wall.count();
    }

    Cost cost() {
      return new Cost(wall.latency(), cpu.latency());
    }
  }

  /**
   * Each term whole, then its typing inputs, leaving out any text already sent (by an earlier
   * request or in {@code taken}) and the inputs of a term whose whole text is left out.
   */
  static List<Request> requests(List<String> terms, Collection<String> taken) {
    Set<String> sent = new HashSet<>();
    taken.forEach(t -> sent.add(key(t)));
    List<Request> out = new ArrayList<>();
    for (String term : terms) {
      if (!sent.add(key(term))) {
        continue;
      }
      out.add(new Request(WHOLE, term, term));
      for (TypingInput input : TypingInput.of(term)) {
        if (sent.add(key(input.typed()))) {
          out.add(new Request(input.kind(), term, input.typed()));
        }
      }
    }
    return out;
  }

  /** Texts that differ only in case search alike, so they count as one. */
  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** Searches as the API does; whether anything was found. */
  private static boolean search(PapersearchEngine engine, Request r) {
    return engine.search(new BenchQuery(r.kind(), r.text(), DateRange.ALL), true).total() > 0;
  }
}
