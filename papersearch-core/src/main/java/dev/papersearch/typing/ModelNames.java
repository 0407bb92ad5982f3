package dev.papersearch.typing;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a title that name a model or a method: letters with a capital inside ({@code LoRA},
 * {@code NeRF}, {@code DeepSeek}), or a capital first and a version ({@code Qwen2.5}, {@code GPT-4o}).
 */
public final class ModelNames {

  /** Letters, then perhaps a version: {@code NeRF}, {@code Qwen2.5}, {@code GPT-4o}. */
  private static final Pattern NAME = Pattern.compile("([A-Za-z]+)[0-9]*(?:[-.][0-9][A-Za-z0-9]*)*");

  /** What parts a title into words: a hyphen or dot only where no version number follows. */
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("[^A-Za-z0-9.\\-]+|[.\\-](?![0-9])");

  private ModelNames() {}

  /** The names in {@code title}, each once, in the order written. */
  public static Set<String> in(String title) {
    Set<String> names = new LinkedHashSet<>();
    for (String word : TITLE_SEPARATORS.split(title)) {
      if (isName(word)) {
        names.add(word);
      }
    }
    return names;
  }

  private static boolean isName(String word) {
    Matcher name = NAME.matcher(word);
    if (!name.matches()) {
      return false;
    }
    String letters = name.group(1);
    return letters.length() >= 2
        && (letters.chars().skip(1).anyMatch(Character::isUpperCase)
            || Character.isUpperCase(letters.charAt(0)) && letters.length() < word.length());
  }
}
