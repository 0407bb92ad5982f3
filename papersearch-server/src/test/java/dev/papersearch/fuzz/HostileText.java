package dev.papersearch.fuzz;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of hostile query text: syntax, broken Unicode, control characters, other scripts. */
public final class HostileText {

  private HostileText() {}

  /** Pieces users and attackers type that mean something to some query parser or none. */
  private static final String[] FRAGMENTS = {
    "\"", "\"unclosed phrase", "\"\"", "(", ")", "[", "]", "{", "}", "((((", "))", "*", "?", "*:*", "~", "~2",
    "^", "^10", "\\", "/", "/re.*gex/", ":", "title:", "AND", "OR", "NOT", "-", "--", "+", "&&", "||", "!",
    "\u0000", "\u0001", "\t", "\n", "\r", "\u007f", "\u0085", "\u2028", "\uFEFF", "\uD800", "\uDFFF", "\uDBFF\uDC00",
    "😀", "👩‍👩‍👧", "🇰🇷", "مرحبا بالعالم", "\u202Eabc", "שלום", "Ελληνικά", "кириллица", "日本語", "中文检索",
    Normalizer.normalize("트랜스포머 효율", Normalizer.Form.NFD), "트랜스포머", "transformer", "LoRA", "GPT-4o",
    "9999999999999999999999", "1e309", "NaN", "-0", "%", "%zz", "%00", "<script>alert(1)</script>", "' OR 1=1 --",
    "a".repeat(300), "가".repeat(200), "\u0301\u0301\u0301", "한", " ", "　", " ", " "
  };

  public static Arbitrary<String> fragment() {
    return Arbitraries.of(FRAGMENTS);
  }

  /** Text built from fragments and arbitrary characters, up to about 600 characters. */
  public static Arbitrary<String> query() {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> piece = Arbitraries.oneOf(fragment(), random, Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(8));
    return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }

  /** Values for page and size: numbers of every size, signs, decimals, words. */
  public static Arbitrary<String> number() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)), new java.math.BigInteger("1" + "0".repeat(30))).map(String::valueOf),
        Arbitraries.of("", " ", "1.5", "1e3", "0x10", "+5", "-0", "NaN", "Infinity", "１０", "٣", "10 ", "1,000"));
  }

  /** A long run of one bracket, as the issue asks: 10,000 '('. */
  public static final String MANY_PARENS = "(".repeat(10_000);
}
