package dev.papersearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of Korean words that mean the same in the summaries ({@code 사람, 인간}; {@code 과제, 작업,
 * 태스크}), written by hand in {@code config/synonyms_ko.txt}. A reader remembers a paper's idea in
 * their own words, often a native word where the summary has a Sino-Korean one or another Sino-Korean
 * word altogether, which no glossary mined from the papers' own {@code 한국어(English)} pairs bridges.
 * The file uses Solr's equivalence format (one group per line, members separated by commas, {@code #}
 * for comments), so a SolrCloud schema can load the same file.
 */
public record Synonyms(List<List<String>> groups) {

  /** The file in config/, packed into the jar. */
  static final String RESOURCE = "synonyms_ko.txt";

  public static final Synonyms NONE = new Synonyms(List.of());

  private static volatile Synonyms shipped;

  public Synonyms {
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** The shipped groups, read once from the jar. */
  public static Synonyms shipped() {
    Synonyms loaded = shipped;
    if (loaded == null) {
      try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        loaded = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = loaded;
    }
    return loaded;
  }

  /**
   * Parses the equivalence format; {@code source} names the text in errors. A line with Solr's
   * explicit mapping ({@code =>}), a group of one word, or a word in two groups is an error naming the
   * line: each would silently mean something else here.
   */
  public static Synonyms parse(String source, String text) {
    List<List<String>> groups = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      if (line.contains("=>")) {
        throw problem(source, number, "explicit mappings (=>) are not supported, only groups");
      }
      List<String> group = Arrays.stream(line.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
      if (group.size() < 2) {
        throw problem(source, number, "a group needs two words or more");
      }
      for (String word : group) {
        Integer before = lineOf.putIfAbsent(word, number);
        if (before != null) {
          throw problem(source, number, "'" + word + "' is already in the group of line " + before);
        }
      }
      groups.add(group);
    }
    return new Synonyms(groups);
  }

  private static IllegalArgumentException problem(String source, int line, String what) {
    return new IllegalArgumentException(source + ":" + line + ": " + what);
  }
}
