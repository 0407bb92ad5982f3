package dev.papersearch.bench;

import dev.papersearch.eval.TypingInput;
import dev.papersearch.search.DateRange;
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

  /** A request and what it took. */
  record Timed(Request request, double millis) {}

  /**
   * The inputs of one kind beside the same terms typed whole.
   *
   * @param noHit inputs of this kind that found nothing
   */
  record KindRow(String kind, Latency typing, Latency whole, int noHit) {}

  /**
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
      Latency typing,
      Latency whole,
      int typingNoHit,
      int wholeNoHit,
      List<KindRow> byKind,
      Latency suggest,
      List<Timed> slowestTyping,
      List<Timed> slowestSuggest) {

    double p50Ratio() {
      return typing.p50() / whole.p50();
    }

    double p99Ratio() {
      return typing.p99() / whole.p99();
    }
  }

  private TypingBench() {}

  /**
   * Warms up on {@code warmUpTerms} for at least {@code warmUpSeconds}, then times {@code terms} on
   * papersearch.
   */
  static Result run(PapersearchEngine engine, List<String> terms, List<String> warmUpTerms, double warmUpSeconds) {
    List<Request> warmUp = requests(warmUpTerms, Set.of());
    List<Request> timed = new ArrayList<>(requests(terms, warmUp.stream().map(r -> key(r.text())).toList()));
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

    Map<Request, Long> searchNanos = new LinkedHashMap<>();
    Set<Request> noHit = new HashSet<>();
    for (Request r : timed) {
      long t0 = System.nanoTime();
      boolean found = search(engine, r);
      searchNanos.put(r, System.nanoTime() - t0);
      if (!found) {
        noHit.add(r);
      }
    }
    List<Request> inputs = timed.stream().filter(r -> !r.isWhole()).toList();
    Map<Request, Long> suggestNanos = new LinkedHashMap<>();
    for (Request r : inputs) {
      long t0 = System.nanoTime();
      engine.suggest(r.text(), SUGGESTIONS);
      suggestNanos.put(r, System.nanoTime() - t0);
    }
    return result(terms.size(), warmUp.size(), searchNanos, noHit, suggestNanos);
  }

  private static Result result(
      int terms, int warmUp, Map<Request, Long> searchNanos, Set<Request> noHit, Map<Request, Long> suggestNanos) {
    Map<String, Long> wholeOf = new HashMap<>();
    searchNanos.forEach((r, n) -> {
      if (r.isWhole()) {
        wholeOf.put(r.term(), n);
      }
    });
    Samples typing = new Samples();
    Samples whole = new Samples();
    Map<String, Samples> typingOf = new LinkedHashMap<>();
    Map<String, Samples> wholeBeside = new LinkedHashMap<>();
    Map<String, Integer> noHitOf = new LinkedHashMap<>();
    for (String kind : TypingInput.kinds()) {
      typingOf.put(kind, new Samples());
      wholeBeside.put(kind, new Samples());
      noHitOf.put(kind, 0);
    }
    searchNanos.forEach((r, n) -> {
      if (r.isWhole()) {
        whole.add(n);
        return;
      }
      typing.add(n);
      typingOf.get(r.kind()).add(n);
      // The peer of a kind is the terms it typed, since Korean and English terms cost differently.
      wholeBeside.get(r.kind()).add(wholeOf.get(r.term()));
      if (noHit.contains(r)) {
        noHitOf.merge(r.kind(), 1, Integer::sum);
      }
    });
    List<KindRow> rows = new ArrayList<>();
    typingOf.forEach((kind, s) -> {
      if (s.count() > 0) {
        rows.add(new KindRow(kind, s.latency(), wholeBeside.get(kind).latency(), noHitOf.get(kind)));
      }
    });
    Samples suggest = new Samples();
    suggestNanos.values().forEach(suggest::add);
    int typingNoHit = (int) noHit.stream().filter(r -> !r.isWhole()).count();
    return new Result(
        terms, warmUp, typing.latency(), whole.latency(), typingNoHit, noHit.size() - typingNoHit, rows, suggest.latency(),
        slowest(searchNanos), slowest(suggestNanos));
  }

  /** The {@link #SLOWEST} slowest typing inputs of {@code nanos}. */
  private static List<Timed> slowest(Map<Request, Long> nanos) {
    return nanos.entrySet().stream()
        .filter(e -> !e.getKey().isWhole())
        .sorted(Map.Entry.<Request, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(SLOWEST)
        .map(e -> new Timed(e.getKey(), e.getValue() / 1e6))
        .toList();
  }

  /**
   * Each term whole, then its typing inputs, leaving out any text already sent (by an earlier
   * request or in {@code taken}) and the inputs of a term whose whole text is left out.
   */
  static List<Request> requests(List<String> terms, Collection<String> taken) {
    Set<String> sent = new HashSet<>(taken);
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
