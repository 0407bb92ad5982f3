package dev.papersearch.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits an {@code Authors:} line into names.
 *
 * <p>Three shapes occur: comma-separated names, the same with a literal {@code +} item where Hugging
 * Face cut a long list, and a Python list literal. The {@code +} marker is not a name and is dropped;
 * a name repeated in the list (202 papers in early 2024 list authors twice) is kept once.
 */
final class AuthorList {

  private AuthorList() {}

  static List<String> parse(String line) {
    List<String> raw = PythonList.items(line);
    if (raw == null) {
      raw = List.of(line.split(","));
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : raw) {
      String n = name.strip().replaceAll("\\s+", " ");
      if (!n.isEmpty() && !n.equals("+") && !n.equals("...") && !n.equals("…")) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }
}
