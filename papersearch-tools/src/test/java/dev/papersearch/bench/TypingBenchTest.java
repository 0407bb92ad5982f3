package dev.papersearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papersearch.eval.TypingInput;
import dev.papersearch.search.TestIndexes;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typing section of {@code bench}: which requests it times and what its result holds, on the bundled sample. */
class TypingBenchTest {

  @TempDir Path dir;

  @Test
  void everyTimedRequestIsDistinctAndNoneWasSentByTheWarmUp() {
    List<TypingBench.Request> warmUp = TypingBench.requests(List.of("확산 모델"), List.of());
    List<TypingBench.Request> timed =
        TypingBench.requests(List.of("트랜스포머", "LoRA", "lora", "확산 모델"), warmUp.stream().map(TypingBench.Request::text).toList());

    Set<String> texts = new HashSet<>();
    timed.forEach(r -> assertTrue(texts.add(r.text().toLowerCase()), r + " sent twice"));
    warmUp.forEach(r -> assertFalse(texts.contains(r.text().toLowerCase()), r + " was sent by the warm-up"));
    // lora is LoRA in another case, 확산 모델 the warm-up's term: neither is timed, nor are their inputs.
    assertEquals(Set.of("트랜스포머", "LoRA"), Set.copyOf(timed.stream().filter(TypingBench.Request::isWhole).map(TypingBench.Request::term).toList()));
    assertEquals(TypingInput.of("트랜스포머").size() + TypingInput.of("LoRA").size(), timed.stream().filter(r -> !r.isWhole()).count());
  }

  @Test
  void theResultHasEveryGroupKindAndTarget() throws Exception {
    Indexing.Built built = Indexing.build(EngineSpec.named(EngineSpec.PAPERSEARCH).orElseThrow(), TestIndexes.sampleDir(), dir, 1);
    try (PapersearchEngine engine = (PapersearchEngine) built.engine()) {
      TypingBench.Result r = TypingBench.run(engine, List.of("트랜스포머", "LoRA"), List.of("강화 학습"), 0);

      int inputs = TypingInput.of("트랜스포머").size() + TypingInput.of("LoRA").size();
      assertEquals(2, r.terms());
      assertEquals(1 + TypingInput.of("강화 학습").size(), r.warmUpRequests());
      assertEquals(2, r.whole().latency().count());
      assertEquals(inputs, r.typing().latency().count());
      assertEquals(inputs, r.typing().cpu().count());
      assertEquals(inputs, r.suggest().latency().count());
      assertEquals(0, r.wholeNoHit(), "both terms are in the sample");
      // Choseong applies to the Korean term alone, so its peer is that term alone.
      assertEquals(TypingInput.kinds(), r.byKind().stream().map(TypingBench.KindRow::kind).toList());
      for (TypingBench.KindRow k : r.byKind()) {
        int terms = k.kind().equals("choseong") ? 1 : 2;
        assertEquals(terms, k.typing().latency().count(), k.kind());
        assertEquals(terms, k.whole().latency().count(), k.kind());
        assertEquals(terms, k.whole().cpu().count(), k.kind());
      }
      assertEquals(inputs, r.byKind().stream().mapToInt(k -> k.typing().latency().count()).sum());
      assertTrue(r.typing().latency().p50() > 0 && r.whole().latency().p99() > 0);
      assertTrue(r.suggest().latency().max() >= r.suggest().latency().p99() && r.suggest().cpu().max() >= r.suggest().cpu().p99());

      assertEquals(5, r.slowestTyping().size());
      assertTrue(r.slowestTyping().stream().noneMatch(t -> t.request().isWhole()));
      for (int i = 1; i < r.slowestTyping().size(); i++) {
        assertTrue(r.slowestTyping().get(i - 1).millis() >= r.slowestTyping().get(i).millis());
      }
      assertEquals(5, r.slowestSuggest().size());

      List<Targets.Check> checks = Targets.typing(r);
      assertEquals(3, checks.size());
      checks.forEach(c -> assertNotNull(c.met(), c.target() + " not checked"));
      assertEquals(r.suggest().latency().p99() <= 5, checks.get(2).met());
      assertEquals(r.p99Ratio() <= 1.2, checks.get(1).met());
    }
  }

  @Test
  void withoutTermsTheTargetsAreNotMeasured() {
    Targets.typing(null).forEach(c -> assertEquals(null, c.met(), c.target()));
  }
}
