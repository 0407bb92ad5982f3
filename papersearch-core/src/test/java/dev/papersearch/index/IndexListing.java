package dev.papersearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.opentest4j.AssertionFailedError;

/**
 * Which arXiv ids a folder of digests lists on each day, and which an index lists, so that a test
 * can check the index equals the folder.
 *
 * <p>The folder's side is read without the indexer's code: file names give the days, and every
 * {@code ### [title](https://arxiv.org/abs/ID)} line an id, found by one regular expression over the
 * bytes (read as Latin-1, so a damaged byte costs nothing here). A block the parser refuses still
 * counts, so a day the index dropped for a broken block shows up as a difference, unless the index
 * kept the paper's earlier copy.
 */
public record IndexListing(SortedMap<LocalDate, SortedSet<String>> idsByDay) {

  private static final Pattern FLAT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.md");
  private static final Pattern NESTED = Pattern.compile(".*/(\\d{4})/(\\d{2})/(\\d{2})\\.md");
  private static final Pattern HEADING =
      Pattern.compile("(?m)^### \\[.*]\\(https://arxiv\\.org/abs/(\\d{4}\\.\\d{4,5}|[a-z-]+/\\d{7})(?:v\\d+)?\\)\\s*$");

  /** What {@code folder} lists. */
  public static IndexListing ofFolder(Path folder) {
    SortedMap<LocalDate, SortedSet<String>> days = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        LocalDate day = dayOf(folder.relativize(file).toString().replace('\\', '/'));
        if (day == null) {
          continue;
        }
        Matcher heading = HEADING.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        while (heading.find()) {
          days.computeIfAbsent(day, d -> new TreeSet<>()).add(heading.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndexListing(days);
  }

  private static LocalDate dayOf(String relative) {
    Matcher flat = FLAT.matcher(relative.substring(relative.lastIndexOf('/') + 1));
    if (flat.matches()) {
      return LocalDate.parse(flat.group(1));
    }
    Matcher nested = NESTED.matcher("/" + relative);
    return nested.matches() ? LocalDate.parse(nested.group(1) + "-" + nested.group(2) + "-" + nested.group(3)) : null;
  }

  /** What a running index's searchers see. */
  public static IndexListing ofIndex(PaperIndex index) {
    IndexSearcher searcher = index.acquire();
    try {
      return of(searcher.getIndexReader());
    } finally {
      index.release(searcher);
    }
  }

  /** What the index committed at {@code indexDir} holds, read while no server has it open. */
  public static IndexListing ofIndex(Path indexDir) {
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return of(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IndexListing of(IndexReader reader) {
    SortedMap<LocalDate, SortedSet<String>> days = new TreeMap<>();
    try {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document paper = stored.document(doc, Set.of(Fields.ID, Fields.DAYS));
          for (String day : paper.getValues(Fields.DAYS)) {
            days.computeIfAbsent(LocalDate.parse(day), d -> new TreeSet<>()).add(paper.get(Fields.ID));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndexListing(days);
  }

  /** Every id listed on some day. */
  public SortedSet<String> ids() {
    SortedSet<String> ids = new TreeSet<>();
    idsByDay.values().forEach(ids::addAll);
    return ids;
  }

  /** The days that list {@code id}. */
  public Set<LocalDate> daysOf(String id) {
    Set<LocalDate> days = new TreeSet<>();
    idsByDay.forEach((day, ids) -> {
      if (ids.contains(id)) {
        days.add(day);
      }
    });
    return days;
  }

  /** How many papers each day lists. */
  public SortedMap<LocalDate, Integer> countsByDay() {
    SortedMap<LocalDate, Integer> counts = new TreeMap<>();
    idsByDay.forEach((day, ids) -> counts.put(day, ids.size()));
    return counts;
  }

  /** Fails, naming each day that differs and the ids on one side only, unless the index equals the folder. */
  public static void assertIndexEqualsFolder(IndexListing folder, IndexListing index) {
    if (folder.equals(index)) {
      return;
    }
    Set<LocalDate> days = new TreeSet<>(folder.idsByDay.keySet());
    days.addAll(index.idsByDay.keySet());
    StringBuilder diff = new StringBuilder("the index does not equal the folder:");
    for (LocalDate day : days) {
      SortedSet<String> inFolder = folder.idsByDay.getOrDefault(day, new TreeSet<>());
      SortedSet<String> inIndex = index.idsByDay.getOrDefault(day, new TreeSet<>());
      if (!inFolder.equals(inIndex)) {
        diff.append("\n  ").append(day).append(": only in the folder ").append(minus(inFolder, inIndex))
            .append(", only in the index ").append(minus(inIndex, inFolder));
      }
    }
    throw new AssertionFailedError(diff.toString(), folder.countsByDay(), index.countsByDay());
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    return a.stream().filter(id -> !b.contains(id)).toList();
  }
}
