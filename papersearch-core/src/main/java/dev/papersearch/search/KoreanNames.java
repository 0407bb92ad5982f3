package dev.papersearch.search;

import dev.papersearch.analysis.Hangul;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways a Korean name typed in Hangul is written in English author lists: {@code 조경현} is {@code
 * Kyunghyun Cho}, {@code 서민준} is {@code Minjoon Seo}. Korean readers know many researchers by their
 * Hangul names, while the digests list authors only in Latin letters.
 *
 * <p>A word is read as a name when its first syllable (or two, for the compound surnames) is a common
 * surname; the surname has the spellings people actually use ({@code 이} is Lee, Yi or Rhee; {@code 박}
 * is Park), and the given name every combination of the usual romanizations of its syllables ({@code
 * 경} is gyeong, kyung, kyeong…), written as one word ({@code kyunghyun}) or hyphenated into two.
 */
final class KoreanNames {

  /** A name's spellings: surnames, and given names as one or two (hyphenated) author-list tokens. */
  record Spellings(List<String> surnames, List<List<String>> givenNames) {}

  private static final String[][] INITIALS = {
    {"g", "k"}, {"kk", "gg"}, {"n"}, {"d", "t"}, {"tt"}, {"r", "l"}, {"m"}, {"b", "p"}, {"pp"}, {"s", "sh"},
    {"ss", "s"}, {""}, {"j", "ch"}, {"jj"}, {"ch"}, {"k"}, {"t"}, {"p"}, {"h"}
  };

  private static final String[][] VOWELS = {
    {"a"}, {"ae"}, {"ya"}, {"yae"}, {"eo", "u"}, {"e"}, {"yeo", "yu", "yo"}, {"ye"}, {"o"}, {"wa"}, {"wae"},
    {"oe", "oi"}, {"yo"}, {"u", "oo"}, {"wo"}, {"we"}, {"wi"}, {"yu"}, {"eu", "u"}, {"ui", "eui"}, {"i", "ee"}
  };

  private static final String[][] FINAL_SPELLINGS = {
    {""}, {"k", "g"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d"}, {"l"}, {"k"}, {"m"}, {"l"}, {"l"}, {"l"},
    {"p"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t"}, {"t"}, {"ng"}, {"t"}, {"t"}, {"k"}, {"t"}, {"p"}, {"t"}
  };

  /** Common surnames and how their bearers write them; the others are romanized like given names. */
  private static final Map<String, List<String>> SURNAMES =
      Map.ofEntries(
          Map.entry("김", List.of("kim", "gim")),
          Map.entry("이", List.of("lee", "yi", "rhee", "ri", "li")),
          Map.entry("리", List.of("lee", "ri", "li")),
          Map.entry("박", List.of("park", "pak", "bak")),
          Map.entry("최", List.of("choi", "choe", "chey")),
          Map.entry("정", List.of("jung", "jeong", "chung", "cheong")),
          Map.entry("강", List.of("kang", "gang")),
          Map.entry("조", List.of("cho", "jo")),
          Map.entry("윤", List.of("yoon", "yun")),
          Map.entry("장", List.of("jang", "chang")),
          Map.entry("임", List.of("lim", "im", "rim")),
          Map.entry("한", List.of("han")),
          Map.entry("오", List.of("oh", "o")),
          Map.entry("서", List.of("seo", "suh", "so")),
          Map.entry("신", List.of("shin", "sin")),
          Map.entry("권", List.of("kwon", "gwon")),
          Map.entry("황", List.of("hwang")),
          Map.entry("안", List.of("ahn", "an")),
          Map.entry("송", List.of("song")),
          Map.entry("류", List.of("ryu", "yoo", "yu", "lyu")),
          Map.entry("유", List.of("yoo", "yu", "you", "ryu")),
          Map.entry("전", List.of("jeon", "jun", "chun", "chon")),
          Map.entry("홍", List.of("hong")),
          Map.entry("고", List.of("ko", "go", "koh")),
          Map.entry("문", List.of("moon", "mun")),
          Map.entry("양", List.of("yang")),
          Map.entry("손", List.of("son", "sohn")),
          Map.entry("배", List.of("bae", "pae")),
          Map.entry("백", List.of("baek", "paik", "back", "baik")),
          Map.entry("허", List.of("heo", "huh", "hur")),
          Map.entry("노", List.of("noh", "roh", "no", "ro")),
          Map.entry("남", List.of("nam")),
          Map.entry("심", List.of("shim", "sim")),
          Map.entry("하", List.of("ha")),
          Map.entry("곽", List.of("kwak")),
          Map.entry("성", List.of("sung", "seong")),
          Map.entry("차", List.of("cha")),
          Map.entry("주", List.of("joo", "ju", "choo", "chu")),
          Map.entry("우", List.of("woo", "u")),
          Map.entry("구", List.of("koo", "ku", "gu")),
          Map.entry("민", List.of("min")),
          Map.entry("나", List.of("na", "ra")),
          Map.entry("진", List.of("jin", "chin")),
          Map.entry("지", List.of("ji", "chi")),
          Map.entry("엄", List.of("uhm", "eom", "um")),
          Map.entry("채", List.of("chae")),
          Map.entry("원", List.of("won")),
          Map.entry("천", List.of("cheon", "chun")),
          Map.entry("방", List.of("bang")),
          Map.entry("공", List.of("kong", "gong")),
          Map.entry("현", List.of("hyun", "hyeon")),
          Map.entry("변", List.of("byun", "byeon")),
          Map.entry("염", List.of("yeom", "yum")),
          Map.entry("여", List.of("yeo", "yuh")),
          Map.entry("추", List.of("choo", "chu")),
          Map.entry("도", List.of("do", "doh")),
          Map.entry("석", List.of("seok", "suk")),
          Map.entry("선", List.of("sun", "seon")),
          Map.entry("설", List.of("seol", "sul")),
          Map.entry("마", List.of("ma")),
          Map.entry("길", List.of("gil", "kil")),
          Map.entry("연", List.of("yeon", "yun")),
          Map.entry("위", List.of("wi", "wee")),
          Map.entry("표", List.of("pyo")),
          Map.entry("명", List.of("myung", "myeong")),
          Map.entry("기", List.of("ki", "gi")),
          Map.entry("반", List.of("ban")),
          Map.entry("왕", List.of("wang")),
          Map.entry("금", List.of("keum", "kum")),
          Map.entry("옥", List.of("ok")),
          Map.entry("육", List.of("yook", "yuk")),
          Map.entry("인", List.of("in")),
          Map.entry("탁", List.of("tak")),
          Map.entry("국", List.of("kook", "guk")),
          Map.entry("편", List.of("pyun", "pyeon")),
          Map.entry("용", List.of("yong")),
          Map.entry("예", List.of("ye")),
          Map.entry("봉", List.of("bong")),
          Map.entry("태", List.of("tae")),
          Map.entry("두", List.of("doo", "du")),
          Map.entry("동", List.of("dong")),
          Map.entry("호", List.of("ho")),
          Map.entry("승", List.of("seung")),
          Map.entry("제갈", List.of("jegal")),
          Map.entry("남궁", List.of("namgung", "namkoong")),
          Map.entry("황보", List.of("hwangbo")),
          Map.entry("선우", List.of("sunwoo", "seonu")));

  private KoreanNames() {}

  /**
   * The spellings of {@code word} read as surname + two-syllable given name (three or four Hangul
   * syllables), or {@code null} when it does not start with a known surname. One-syllable given names
   * are left out: with them too many two-syllable words would read as names.
   */
  static Spellings of(String word) {
    if (word.length() < 3 || word.length() > 4 || !Hangul.isSyllables(word)) {
      return null;
    }
    for (int surnameLength = 2; surnameLength >= 1; surnameLength--) {
      List<String> surnames = SURNAMES.get(word.substring(0, Math.min(surnameLength, word.length())));
      String given = word.substring(surnameLength);
      if (surnames != null && given.length() == 2) {
        return new Spellings(surnames, givenNames(given));
      }
    }
    return null;
  }

  private static List<List<String>> givenNames(String given) {
    List<List<String>> out = new ArrayList<>();
    for (String first : romanized(given.charAt(0))) {
      for (String second : romanized(given.charAt(1))) {
        out.add(List.of(first + second));
        out.add(List.of(first, second));
      }
    }
    return out;
  }

  /** The usual romanizations of one syllable, e.g. 경 → gyeong, kyung, kyeong, … */
  private static List<String> romanized(char syllable) {
    int initialIndex = Hangul.initial(syllable);
    int medial = Hangul.medial(syllable);
    List<String> vowels = new ArrayList<>(List.of(VOWELS[medial]));
    if (initialIndex == Hangul.Initial.SILENT && medial == Hangul.Medial.U) {
      vowels.addAll(List.of("woo", "wu")); // 우 in names: Jinwoo, Woojin
    }
    Set<String> out = new LinkedHashSet<>();
    for (String initial : INITIALS[initialIndex]) {
      for (String vowel : vowels) {
        for (String fin : FINAL_SPELLINGS[Hangul.fin(syllable)]) {
          out.add(initial + vowel + fin);
        }
      }
    }
    return List.copyOf(out);
  }
}
