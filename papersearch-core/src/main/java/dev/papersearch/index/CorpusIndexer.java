package dev.papersearch.index;

import dev.papersearch.index.StoredPapers.Listed;
import dev.papersearch.ingest.Corpus;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Fingerprints;
import dev.papersearch.ingest.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads a folder of digests into a {@link PaperIndex}, file by file, as one commit: a run that
 * stops half-way (killed, disk full) leaves the previous commit as it was.
 *
 * <p>The days the run reads are taken as they are now; days it does not read (indexing one file
 * into a full index) keep what the index says about them. So a paper keeps its first day even
 * when only a later day that repeats it is indexed again.
 *
 * <p>Papers are analyzed and written on every core ({@link ParallelWrites}) while the next files
 * are parsed. Each id is written once while files are read, and again after all of them only if
 * a later day repeated it; so no two writes of one id are ever in flight together.
 */
public final class CorpusIndexer {

  /** What an indexing run did. */
  public record Report(Corpus corpus, int indexed, long millis, long indexBytes) {}

  private final PaperIndex index;

  public CorpusIndexer(PaperIndex index) {
    this.index = index;
  }

  /** Indexes every digest below {@code root}; {@code listener} hears about each file as it is done. */
  public Report index(Path root, Consumer<CorpusReader.FileRead> listener) {
    return run(root, listener, false);
  }

  /**
   * Replaces every paper of the index with the digests below {@code root}; searchers see the old
   * papers until the new ones are committed.
   */
  public Report rebuild(Path root, Consumer<CorpusReader.FileRead> listener) {
    return run(root, listener, true);
  }

  private Report run(Path root, Consumer<CorpusReader.FileRead> listener, boolean replace) {
    long started = System.nanoTime();
    // A folder that cannot be listed fails here, before any write: it says nothing about the index.
    CorpusReader.digestFiles(root);
    Corpus corpus =
        index.update(
            () -> {
              try (StoredPapers before = new StoredPapers(index);
                  ParallelWrites writes = ParallelWrites.perCore()) {
                if (replace) {
                  index.deleteAll();
                }
                Run run = new Run(replace || before.isEmpty() ? null : before, writes);
                DayFingerprints days = new DayFingerprints(root);
                Corpus read =
                    new CorpusReader()
                        .read(
                            root,
                            file -> {
                              days.add(file);
                              run.file(file, listener);
                            });
                writes.await();
                run.finish(read);
                writes.await();
                days.record(index, replace || before.isEmpty());
                return read;
              }
            });
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Report(corpus, index.count(), millis, index.sizeBytes());
  }

  /**
   * The fingerprints of the days a run reads, taken from the very bytes it indexed; only for a folder,
   * whose days are whole (one file given alone may be half of a day that has two).
   */
  private static final class DayFingerprints {

    private final Path root;
    private final Map<LocalDate, List<Fingerprints.FileFingerprint>> files = new TreeMap<>();
    private final Set<LocalDate> unreadable = new HashSet<>();

    DayFingerprints(Path root) {
      this.root = root;
    }

    void add(CorpusReader.FileRead read) {
      DigestPaths.dateOf(read.file())
          .ifPresent(
              day ->
                  read.fingerprint()
                      .ifPresentOrElse(
                          f -> files.computeIfAbsent(day, d -> new ArrayList<>()).add(new Fingerprints.FileFingerprint(read.file(), f)),
                          () -> unreadable.add(day)));
    }

    /**
     * Records the fingerprints of the days read when the index now holds exactly them: {@code whole}
     * when the run started from an empty index. Otherwise (a file, or a folder merged into an index
     * that has other papers, which keeps papers a day dropped) the days read lose theirs, so that a
     * later comparison with the folder applies them again. A day with a file that could not be read
     * is left without one too: it is read again next time.
     */
    void record(PaperIndex index, boolean whole) {
      Set<LocalDate> read = new HashSet<>(files.keySet());
      read.addAll(unreadable);
      for (LocalDate day : read) {
        boolean exact = whole && Files.isDirectory(root) && !unreadable.contains(day);
        index.fingerprintDay(day, exact ? Fingerprints.ofDay(root, files.get(day)) : null);
      }
    }
  }

  /** One run's writes; {@code before} is the index as it was, or null when it does not count. */
  private final class Run {

    private final StoredPapers before;
    private final ParallelWrites writes;
    private final Map<String, Optional<Listed>> stored = new HashMap<>();
    private final Map<String, SortedSet<LocalDate>> written = new HashMap<>();

    Run(StoredPapers before, ParallelWrites writes) {
      this.before = before;
      this.writes = writes;
    }

    /** Writes the papers seen for the first time in this run; {@link #finish} settles repeats. */
    void file(CorpusReader.FileRead file, Consumer<CorpusReader.FileRead> listener) {
      for (Paper paper : file.papers()) {
        if (written.containsKey(paper.id())) {
          continue;
        }
        LocalDate day = PaperDocuments.dayOf(paper);
        Optional<Listed> was = stored(paper.id());
        SortedSet<LocalDate> days = new TreeSet<>(was.map(Listed::days).orElse(new TreeSet<>()));
        days.add(day);
        write(days.first().equals(day) ? paper : was.orElseThrow().paper(), days);
      }
      listener.accept(file);
    }

    /**
     * Now that every day read is known, and the writes of {@link #file} are done: a paper repeated
     * on later days lists them too, and a day read that no longer lists a paper is dropped from it.
     */
    void finish(Corpus corpus) {
      Map<String, SortedSet<LocalDate>> read = new HashMap<>();
      Set<LocalDate> daysRead = new HashSet<>();
      for (Paper paper : corpus.papers()) {
        read.computeIfAbsent(paper.id(), id -> new TreeSet<>()).add(PaperDocuments.dayOf(paper));
      }
      for (Paper repeat : corpus.repeats()) {
        read.computeIfAbsent(repeat.id(), id -> new TreeSet<>()).add(PaperDocuments.dayOf(repeat));
      }
      read.values().forEach(daysRead::addAll);
      for (Paper paper : corpus.papers()) {
        Optional<Listed> was = stored(paper.id());
        SortedSet<LocalDate> days = new TreeSet<>(was.map(Listed::days).orElse(new TreeSet<>()));
        days.removeAll(daysRead);
        days.addAll(read.get(paper.id()));
        if (!days.equals(written.get(paper.id()))) {
          write(read.get(paper.id()).contains(days.first()) ? paper : was.orElseThrow().paper(), days);
        }
      }
    }

    private Optional<Listed> stored(String id) {
      return before == null ? Optional.empty() : stored.computeIfAbsent(id, before::byId);
    }

    private void write(Paper paper, SortedSet<LocalDate> days) {
      writes.submit(() -> index.upsert(paper, days));
      written.put(paper.id(), days);
    }
  }
}
