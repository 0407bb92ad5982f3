package dev.papersearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Korean–English term pairs such as {@code 잔차 연결 ↔ residual connection}, as mined from the
 * summaries' {@code 한국어 용어(English term)} habit, and the English words of titles and summaries
 * with the number of papers using each, which a Hangul transliteration can be matched to by sound
 * (see {@link SoundKey}), with the Hangul words that sound like them, and the abbreviations the papers
 * define ({@code 3dgs ↔ 3d gaussian splatting}), and which Korean-reading Hangul words the papers
 * really write for an English word ({@link SoundPair}), and the lexicon of title words and the Korean
 * words their summaries write for them ({@link Translation}). Stored as TSV: {@code korean, english,
 * count}, with an empty Korean column for an English word and an empty English one for a Hangul word;
 * an abbreviation is {@code short, long, count, abbreviation}, a sound pair {@code hangul, english,
 * papers, sound}, a translation {@code korean, english, papers, translation, confidence}.
 */
public record Glossary(
    List<Entry> entries,
    List<Word> words,
    List<Word> hangulWords,
    List<Abbreviation> abbreviations,
    List<SoundPair> soundPairs,
    List<Translation> translations) {

  /** One pair and how often the corpus wrote it. */
  public record Entry(String korean, String english, int count) {}

  /** An abbreviation, what it stands for (both lower case) and how often the papers defined it so. */
  public record Abbreviation(String shortForm, String longForm, int count) {}

  /**
   * A word and the number of papers using it: in {@link #words()} a lower-case English word of titles
   * and summaries, in {@link #hangulWords()} a Hangul word of summaries that sounds like one of them
   * (with or without a particle: {@code 맘바} counts papers writing {@code 맘바는} too).
   */
  public record Word(String text, int papers) {}

  /**
   * A Hangul word that reads as Korean ({@link Predicates#readsAsKorean}) and an English word it sounds
   * like, written in the same papers far more often than chance ({@code 비전} and vision, in 245
   * papers): the evidence that the Hangul is that word's loanword, not a Korean word that merely
   * sounds like it ({@code 원리} and only, in none).
   */
  public record SoundPair(String hangul, String english, int papers) {}

  /**
   * A title word and the Korean word the summaries write for it, as {@link TranslationMiner} pairs them
   * from the papers that use them ({@code hallucination} ↔ 환각) or from their glosses ({@code
   * forgetting} ↔ 망각): both as the papers write them, lower case; {@code papers} those sharing or
   * glossing them; {@code confidence} in (0, 1], the share of papers they share (cosine) or of
   * glosses (Dice).
   */
  public record Translation(String korean, String english, int papers, double confidence) {}

  public static final Glossary EMPTY = new Glossary(List.of(), List.of(), List.of());

  private static final String ABBREVIATION = "abbreviation";
  private static final String SOUND = "sound";
  private static final String TRANSLATION = "translation";

  public Glossary {
    entries = List.copyOf(entries);
    words = List.copyOf(words);
    hangulWords = List.copyOf(hangulWords);
    abbreviations = List.copyOf(abbreviations);
    soundPairs = List.copyOf(soundPairs);
    translations = List.copyOf(translations);
  }

  /** A glossary without translations. */
  public Glossary(
      List<Entry> entries, List<Word> words, List<Word> hangulWords, List<Abbreviation> abbreviations, List<SoundPair> soundPairs) {
    this(entries, words, hangulWords, abbreviations, soundPairs, List.of());
  }

  /** A glossary without abbreviations or sound pairs. */
  public Glossary(List<Entry> entries, List<Word> words, List<Word> hangulWords) {
    this(entries, words, hangulWords, List.of(), List.of());
  }

  public static Glossary read(Path file) {
    if (!Files.exists(file)) {
      return EMPTY;
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("cannot read glossary " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The glossary in the lines of a file {@link #write} wrote; a Solr core reads it from its configset.
   *
   * @throws NumberFormatException when a count is not a number
   */
  public static Glossary parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Word> hangulWords = new ArrayList<>();
    List<Abbreviation> abbreviations = new ArrayList<>();
    List<SoundPair> soundPairs = new ArrayList<>();
    List<Translation> translations = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length == 5 && cols[3].equals(TRANSLATION)) {
        translations.add(new Translation(cols[0], cols[1], Integer.parseInt(cols[2]), Double.parseDouble(cols[4])));
      } else if (cols.length == 4 && cols[3].equals(ABBREVIATION)) {
        abbreviations.add(new Abbreviation(cols[0], cols[1], Integer.parseInt(cols[2])));
      } else if (cols.length == 4 && cols[3].equals(SOUND)) {
        soundPairs.add(new SoundPair(cols[0], cols[1], Integer.parseInt(cols[2])));
      } else if (cols.length == 3 && !line.startsWith("#")) {
        int count = Integer.parseInt(cols[2]);
        if (cols[0].isEmpty()) {
          words.add(new Word(cols[1], count));
        } else if (cols[1].isEmpty()) {
          hangulWords.add(new Word(cols[0], count));
        } else {
          entries.add(new Entry(cols[0], cols[1], count));
        }
      }
    }
    return new Glossary(entries, words, hangulWords, abbreviations, soundPairs, translations);
  }

  public void write(Path file) {
    StringBuilder out = new StringBuilder("# korean\tenglish\tcount (mined from the indexed papers; an empty korean column is an English word, a fourth column marks an abbreviation)\n");
    for (Entry e : entries) {
      out.append(e.korean()).append('\t').append(e.english()).append('\t').append(e.count()).append('\n');
    }
    for (Word w : words) {
      out.append('\t').append(w.text()).append('\t').append(w.papers()).append('\n');
    }
    for (Word w : hangulWords) {
      out.append(w.text()).append("\t\t").append(w.papers()).append('\n');
    }
    for (Abbreviation a : abbreviations) {
      out.append(a.shortForm()).append('\t').append(a.longForm()).append('\t').append(a.count());
      out.append('\t').append(ABBREVIATION).append('\n');
    }
    for (SoundPair p : soundPairs) {
      out.append(p.hangul()).append('\t').append(p.english()).append('\t').append(p.papers());
      out.append('\t').append(SOUND).append('\n');
    }
    for (Translation t : translations) {
      out.append(t.korean()).append('\t').append(t.english()).append('\t').append(t.papers());
      out.append('\t').append(TRANSLATION).append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", t.confidence())).append('\n');
    }
    try {
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write glossary " + file + ": " + e.getMessage(), e);
    }
  }
}
