package dev.papersearch.index;

import dev.papersearch.index.StoredPapers.Listed;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.ingest.SourceLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Keeps a running index in step with its corpus folder, one digest day at a time: the watcher, the
 * admin upload and the admin reindex all write through here, one at a time.
 *
 * <p>A day is applied as one commit: its papers are added or replaced by id, and a paper the day no
 * longer lists loses that day and leaves the index only when no other day lists it. A paper always
 * shows the copy of the first day that lists it, as {@link CorpusReader} does, so rewriting a later
 * day never changes an earlier day's paper.
 */
public final class LiveIndexer {

  /**
   * What applying one day did.
   *
   * @param papers papers the day lists now
   * @param added papers that were not in the index before
   * @param removed papers that left the index because no day lists them any more
   * @param changed false when the day's files were as last applied and nothing was written
   */
  public record DayUpdate(LocalDate day, int papers, int added, int removed, List<ParseResult.Problem> problems, boolean changed) {}

  /** The outcome of an uploaded digest. */
  public sealed interface Upload {

    /** Stored in the corpus folder as {@code file} and indexed. */
    record Stored(Path file, DayUpdate update) implements Upload {}

    /** Refused; nothing was stored. {@code problems} name lines of the upload. */
    record Rejected(String reason, List<ParseResult.Problem> problems) implements Upload {}
  }

  private static final Pattern UPLOAD_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.md");

  private final PaperIndex index;
  private final CorpusFolder folder;
  private final Map<LocalDate, String> applied = new HashMap<>();

  public LiveIndexer(PaperIndex index, CorpusFolder folder) {
    this.index = index;
    this.folder = folder;
  }

  public CorpusFolder folder() {
    return folder;
  }

  /** Indexes the whole folder over the index (papers of other folders stay). */
  public synchronized CorpusIndexer.Report indexAll(Consumer<CorpusReader.FileRead> listener) {
    applied.clear();
    return new CorpusIndexer(index).index(folder.root(), listener);
  }

  /** Replaces the whole index with the folder, as one commit. */
  public synchronized CorpusIndexer.Report rebuild(Consumer<CorpusReader.FileRead> listener) {
    applied.clear();
    return new CorpusIndexer(index).rebuild(folder.root(), listener);
  }

  /** Brings {@code day} in the index in line with the folder's files for it (none: the day is gone). */
  public synchronized DayUpdate applyDay(LocalDate day) {
    CorpusFolder.Day read = folder.read(day);
    if (read.fingerprint().equals(applied.get(day))) {
      return new DayUpdate(day, read.papers().size(), 0, 0, read.problems(), false);
    }
    // Everything is read and decided first, so that only index writes happen inside the update:
    // a failure there stops the index taking writes, and an unreadable file should not.
    List<Change> changes = plan(read);
    index.update(
        () -> {
          changes.forEach(this::apply);
          return null;
        },
        PaperIndex.GlossaryMining.IN_BACKGROUND);
    applied.put(day, read.fingerprint());
    return new DayUpdate(
        day,
        read.papers().size(),
        (int) changes.stream().filter(c -> c instanceof Change.Write w && w.isNew()).count(),
        (int) changes.stream().filter(c -> c instanceof Change.Delete).count(),
        read.problems(),
        true);
  }

  /** What applying a day does to one paper. */
  private sealed interface Change {

    /** The paper is written listed on {@code days}; {@code isNew} when the index did not have it. */
    record Write(Paper paper, SortedSet<LocalDate> days, boolean isNew) implements Change {}

    /** No day lists the paper any more. */
    record Delete(String id) implements Change {}
  }

  private void apply(Change change) {
    if (change instanceof Change.Write write) {
      index.upsert(write.paper(), write.days());
    } else if (change instanceof Change.Delete delete) {
      index.delete(delete.id());
    }
  }

  /** The changes that make the index list {@code read}'s papers on its day, and only those. */
  private List<Change> plan(CorpusFolder.Day read) {
    LocalDate day = read.day();
    List<Change> changes = new ArrayList<>();
    try (StoredPapers stored = new StoredPapers(index)) {
      Map<String, Listed> before = new HashMap<>();
      stored.onDay(day).forEach(l -> before.put(l.paper().id(), l));
      Set<String> listed = new HashSet<>();
      for (Paper paper : read.papers()) {
        listed.add(paper.id());
        Optional<Listed> was = Optional.ofNullable(before.get(paper.id())).or(() -> stored.byId(paper.id()));
        SortedSet<LocalDate> days = new TreeSet<>(was.map(Listed::days).orElse(new TreeSet<>()));
        days.add(day);
        changes.add(new Change.Write(days.first().equals(day) ? paper : was.orElseThrow().paper(), days, was.isEmpty()));
      }
      for (Listed gone : before.values()) {
        if (!listed.contains(gone.paper().id())) {
          changes.add(relist(gone, day));
        }
      }
    }
    return changes;
  }

  /**
   * {@code gone} without {@code day}: when {@code day} was its first day, the copy of the next day
   * that still lists it is shown; when no other day lists it, it goes.
   */
  private Change relist(Listed gone, LocalDate day) {
    SortedSet<LocalDate> days = new TreeSet<>(gone.days());
    days.remove(day);
    if (!gone.days().first().equals(day)) {
      return new Change.Write(gone.paper(), days, false);
    }
    while (!days.isEmpty()) {
      Optional<Paper> copy = find(days.first(), gone.paper().id());
      if (copy.isPresent()) {
        return new Change.Write(copy.get(), days, false);
      }
      days.remove(days.first()); // the index said the day lists it; the folder says otherwise now
    }
    return new Change.Delete(gone.paper().id());
  }

  private Optional<Paper> find(LocalDate day, String id) {
    return folder.read(day).papers().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Checks an uploaded digest named like {@code 2024-10-18.md}, stores it in the folder (over the
   * day's file if there is one) and applies its day. An upload with any problem is refused whole.
   */
  public synchronized Upload upload(String name, byte[] body) {
    Optional<LocalDate> day = UPLOAD_NAME.matcher(name).matches() ? DigestPaths.dateOf(Path.of(name)) : Optional.empty();
    if (day.isEmpty()) {
      return new Upload.Rejected("name: '" + name + "' is not a digest name like 2024-10-18.md", List.of());
    }
    Path target = folder.fileFor(day.get());
    List<ParseResult.Problem> problems = new ArrayList<>();
    int papers = 0;
    for (ParseResult result : new CorpusReader().parse(target, body)) {
      if (result instanceof ParseResult.Problem problem) {
        problems.add(problem);
      } else if (result instanceof ParseResult.Parsed parsed) {
        papers++;
        Paper paper = parsed.paper();
        if (!paper.date().equals(day.get())) {
          problems.add(
              new ParseResult.Problem(
                  paper.source(), "the paper is dated " + paper.date() + " but the file is " + name));
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Upload.Rejected(problems.size() + " problem(s) in " + name + "; nothing was stored", problems);
    }
    if (papers == 0) {
      return new Upload.Rejected(
          "no paper blocks ('### [title](https://arxiv.org/abs/…)') in " + name,
          List.of(new ParseResult.Problem(new SourceLine(target, 1), "no paper blocks")));
    }
    store(target, body);
    return new Upload.Stored(target, applyDay(day.get()));
  }

  /** Written beside and renamed over, so the watcher and readers never see half a file. */
  private static void store(Path target, byte[] body) {
    Path temp = target.resolveSibling("." + target.getFileName() + ".upload");
    try {
      Files.createDirectories(target.getParent());
      Files.write(temp, body);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + target + ": " + e.getMessage(), e);
    }
  }
}
