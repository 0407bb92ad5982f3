package dev.papersearch.index;

import dev.papersearch.index.StoredPapers.Listed;
import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.ParseResult;
import dev.papersearch.ingest.SameId;
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
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
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
   * @param problems the day's problems, those of its files and those found against the index
   * @param outcome whether anything was written
   */
  public record DayUpdate(LocalDate day, int papers, int added, int removed, List<ParseResult.Problem> problems, Outcome outcome) {

    /** Whether the index changed. */
    public boolean changed() {
      return outcome == Outcome.APPLIED;
    }
  }

  /** What became of a day. */
  public enum Outcome {
    /** The index now holds the day as its files say. */
    APPLIED,
    /** The day's files were as the index last took them: nothing was written. */
    UNCHANGED,
    /** A file of the day could not be read: the index keeps what it had of the day, and it is tried again. */
    UNREADABLE
  }

  /**
   * What {@link #sync} did.
   *
   * @param days days compared (folder and index together); with {@code rebuilt}, the days read
   * @param updates the days that changed the index, in date order
   * @param problems every problem of the folder, also of days that had not changed
   * @param rebuilt the bulk build's report when the index held no day fingerprints and was built whole
   */
  public record Sync(int days, List<DayUpdate> updates, List<ParseResult.Problem> problems, Optional<CorpusIndexer.Report> rebuilt, long millis) {}

  /**
   * The folder's state as the last applied days found it, for operators.
   *
   * @param problems problems of the days as last read
   * @param unreadableDays days with a file that could not be read, whose papers stay as they were
   */
  public record Health(int problems, List<LocalDate> unreadableDays) {}

  /** Thrown out of {@link #sync} when the folder does not look like the one the index was built from. */
  public static final class Refused extends IllegalStateException {
    Refused(String message) {
      super(message);
    }
  }

  /** Thrown out of {@link #sync} when it was told to stop; what it committed before stays. */
  public static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped before the corpus folder was fully compared with the index", null, false, false);
    }
  }

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
  /** Problems of each day as last read, for {@link #health}. */
  private final Map<LocalDate, Integer> problemsByDay = new ConcurrentHashMap<>();
  private final Set<LocalDate> unreadableDays = ConcurrentHashMap.newKeySet();

  public LiveIndexer(PaperIndex index, CorpusFolder folder) {
    this.index = index;
    this.folder = folder;
  }

  public CorpusFolder folder() {
    return folder;
  }

  /**
   * Makes the index equal the folder, applying only what differs: each day whose files' fingerprint
   * is not the one the index committed for it (new, changed and removed days alike) is applied as
   * the watcher applies it. An index that has no day fingerprints (new, or written before they were
   * kept) is built whole from the folder in one commit.
   *
   * @param stop asked between days and files; when it says true, {@link Stopped} is thrown and the
   *     days already applied stay committed (a bulk build in progress is dropped whole)
   * @param listener hears about each file of a bulk build
   * @throws Refused when the folder lacks over half the days the index lists: an empty
   *     or unmounted folder must not empty the index (rebuild does that on purpose)
   */
  public synchronized Sync sync(BooleanSupplier stop, Consumer<CorpusReader.FileRead> listener) {
    long started = System.nanoTime();
    SortedMap<LocalDate, List<Path>> files = folder.filesByDay();
    int papers = index.count();
    SortedSet<LocalDate> listed = index.daysListed();
    long missing = listed.stream().filter(day -> !files.containsKey(day)).count();
    if (missing > listed.size() / 2) {
      throw new Refused(
          folder.root() + " has digests for " + (listed.size() - missing) + " of the " + listed.size()
              + " days the index holds (" + papers + " papers); the index is left as it is, since a folder that lost"
              + " over half its days is more likely unmounted than pruned (rebuild the index to shrink it on purpose)");
    }
    if (papers == 0) {
      return rebuildForSync(files.size(), started, stop, listener);
    }
    SortedSet<LocalDate> days = new TreeSet<>(files.keySet());
    days.addAll(index.dayFingerprints().keySet());
    days.addAll(listed);
    // Fingerprints first, so that the days that differ are applied before the others are parsed.
    List<LocalDate> unchanged = new ArrayList<>();
    List<CorpusFolder.Day> differing = new ArrayList<>();
    for (LocalDate day : days) {
      if (stop.getAsBoolean()) {
        throw new Stopped();
      }
      List<Path> dayFiles = files.getOrDefault(day, List.of());
      if (!dayFiles.isEmpty() && folder.fingerprint(dayFiles).equals(Optional.ofNullable(index.dayFingerprints().get(day)))) {
        unchanged.add(day);
      } else {
        differing.add(folder.read(day, dayFiles));
      }
    }
    boolean manyDiffer = index.dayFingerprints().isEmpty() || differing.size() > Math.max(REBUILD_MIN_DAYS, days.size() / 4);
    if (manyDiffer && differing.stream().noneMatch(LiveIndexer::keepsIndexedPapers)) {
      return rebuildForSync(files.size(), started, stop, listener);
    }
    List<DayUpdate> updates = new ArrayList<>();
    List<ParseResult.Problem> problems = new ArrayList<>();
    for (CorpusFolder.Day read : differing) {
      if (stop.getAsBoolean()) {
        throw new Stopped();
      }
      DayUpdate update = apply(read);
      problems.addAll(update.problems());
      updates.add(update);
    }
    // Parsed now for their problems; one that changed since its fingerprint was taken is applied.
    List<CorpusFolder.Day> unchangedDays = new ArrayList<>();
    for (LocalDate day : unchanged) {
      if (stop.getAsBoolean()) {
        throw new Stopped();
      }
      CorpusFolder.Day read = folder.read(day, files.get(day));
      DayUpdate update = apply(read);
      problems.addAll(update.problems());
      if (update.outcome() == Outcome.UNCHANGED) {
        unchangedDays.add(read);
      } else {
        updates.add(update);
      }
    }
    problems.addAll(conflictsOf(unchangedDays, differing));
    return new Sync(days.size(), updates, problems, Optional.empty(), millisSince(started));
  }

  /**
   * The title conflicts of the unchanged days with the days before them, reported again at every
   * comparison as at every whole build (a changed day's are found against the index when it is
   * applied): the first day's copy of an id stands, as in {@link CorpusReader}.
   */
  private List<ParseResult.Problem> conflictsOf(List<CorpusFolder.Day> unchanged, List<CorpusFolder.Day> differing) {
    SortedMap<LocalDate, CorpusFolder.Day> byDay = new TreeMap<>();
    differing.forEach(d -> byDay.put(d.day(), d));
    unchanged.forEach(d -> byDay.put(d.day(), d));
    Set<LocalDate> reported = new HashSet<>();
    unchanged.forEach(d -> reported.add(d.day()));
    Map<String, Paper> first = new HashMap<>();
    List<ParseResult.Problem> conflicts = new ArrayList<>();
    for (CorpusFolder.Day day : byDay.values()) {
      for (Paper paper : day.papers()) {
        Paper kept = first.putIfAbsent(paper.id(), paper);
        if (kept != null && reported.contains(day.day())) {
          SameId.conflict(kept, paper)
              .ifPresent(
                  problem -> {
                    conflicts.add(problem);
                    problemsByDay.merge(day.day(), 1, Integer::sum);
                  });
        }
      }
    }
    return conflicts;
  }

  /**
   * Past a quarter of the days, and at least this many, differing (or with no day fingerprints at
   * all), the index is built anew in one commit: faster than a commit a day (a whole build of the
   * real corpus takes about as long as applying 100 days one by one), and a failure leaves the index
   * as it was rather than half way. Not when a day {@link #keepsIndexedPapers}: only a day-by-day
   * update keeps them.
   */
  private static final int REBUILD_MIN_DAYS = 32;

  /** Whether applying {@code read} keeps papers of the index that the folder cannot give now. */
  private static boolean keepsIndexedPapers(CorpusFolder.Day read) {
    return !read.readable()
        || read.problems().stream().anyMatch(p -> p.cost() == ParseResult.Problem.Cost.BLOCK && p.paperId().isPresent());
  }

  private Sync rebuildForSync(int days, long started, BooleanSupplier stop, Consumer<CorpusReader.FileRead> listener) {
    CorpusIndexer.Report report =
        rebuild(
            file -> {
              if (stop.getAsBoolean()) {
                throw new Stopped();
              }
              listener.accept(file);
            });
    return new Sync(days, List.of(), report.corpus().problems(), Optional.of(report), millisSince(started));
  }

  /** Replaces the whole index with the folder, as one commit. */
  public synchronized CorpusIndexer.Report rebuild(Consumer<CorpusReader.FileRead> listener) {
    CorpusIndexer.Report report = new CorpusIndexer(index).rebuild(folder.root(), listener);
    forgetHealth();
    report.corpus().problems().forEach(this::noteProblem);
    return report;
  }

  /** Brings {@code day} in the index in line with the folder's files for it (none: the day is gone). */
  public synchronized DayUpdate applyDay(LocalDate day) {
    return apply(folder.read(day));
  }

  /**
   * Whether the index committed {@code read} as it is. A day without files is never unchanged: the
   * index may list it without a fingerprint.
   */
  private boolean isUnchanged(CorpusFolder.Day read) {
    return read.readable() && !read.files().isEmpty() && read.fingerprint().equals(Optional.ofNullable(index.dayFingerprints().get(read.day())));
  }

  private DayUpdate apply(CorpusFolder.Day read) {
    LocalDate day = read.day();
    problemsByDay.remove(day);
    unreadableDays.remove(day);
    if (isUnchanged(read)) {
      problemsByDay.put(day, read.problems().size());
      return new DayUpdate(day, read.papers().size(), 0, 0, read.problems(), Outcome.UNCHANGED);
    }
    if (!read.readable()) {
      unreadableDays.add(day);
      problemsByDay.put(day, read.problems().size());
      return new DayUpdate(day, 0, 0, 0, read.problems(), Outcome.UNREADABLE);
    }
    String fingerprint = read.files().isEmpty() ? null : read.fingerprint().orElseThrow();
    // Everything is read and decided first, so that only index writes happen inside the update:
    // a failure there stops the index taking writes, and an unreadable file should not.
    Plan plan = plan(read);
    index.update(
        () -> {
          plan.changes().forEach(this::apply);
          index.fingerprintDay(day, fingerprint);
          return null;
        },
        PaperIndex.GlossaryMining.IN_BACKGROUND);
    problemsByDay.put(day, plan.problems().size());
    return new DayUpdate(
        day,
        read.papers().size(),
        (int) plan.changes().stream().filter(c -> c instanceof Change.Write w && w.isNew()).count(),
        (int) plan.changes().stream().filter(c -> c instanceof Change.Delete).count(),
        plan.problems(),
        Outcome.APPLIED);
  }

  /** The folder's problems and unreadable days as last read, for /metrics. */
  public Health health() {
    return new Health(
        problemsByDay.values().stream().mapToInt(Integer::intValue).sum(), List.copyOf(new TreeSet<>(unreadableDays)));
  }

  private void forgetHealth() {
    problemsByDay.clear();
    unreadableDays.clear();
  }

  private void noteProblem(ParseResult.Problem problem) {
    DigestPaths.dateOf(problem.where().file())
        .ifPresent(
            day -> {
              problemsByDay.merge(day, 1, Integer::sum);
              if (problem.cost() == ParseResult.Problem.Cost.FILE) {
                unreadableDays.add(day);
              }
            });
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
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

  /** The changes of a day, and its problems: those of its files and those found against the index. */
  private record Plan(List<Change> changes, List<ParseResult.Problem> problems) {}

  /**
   * The changes that make the index list {@code read}'s papers on its day, and only those. A paper
   * whose block is broken now (its heading still names it) keeps the copy the index has: a damaged
   * line must not make a paper vanish. A block under the id of another day's paper with another
   * title is reported.
   */
  private Plan plan(CorpusFolder.Day read) {
    LocalDate day = read.day();
    List<Change> changes = new ArrayList<>();
    List<ParseResult.Problem> problems = new ArrayList<>(read.problems());
    try (StoredPapers stored = new StoredPapers(index)) {
      Map<String, Listed> before = new HashMap<>();
      stored.onDay(day).forEach(l -> before.put(l.paper().id(), l));
      Set<String> kept = new HashSet<>();
      for (ParseResult.Problem problem : read.problems()) {
        problem.paperId().filter(before::containsKey).ifPresent(kept::add);
      }
      for (Paper paper : read.papers()) {
        Optional<Listed> was = Optional.ofNullable(before.get(paper.id())).or(() -> stored.byId(paper.id()));
        // Another day's copy under the same id with another title: reported; the first day still wins.
        was.filter(w -> !w.days().first().equals(day)).flatMap(w -> SameId.conflict(w.paper(), paper)).ifPresent(problems::add);
        kept.add(paper.id());
        SortedSet<LocalDate> days = new TreeSet<>(was.map(Listed::days).orElse(new TreeSet<>()));
        days.add(day);
        changes.add(new Change.Write(days.first().equals(day) ? paper : was.orElseThrow().paper(), days, was.isEmpty()));
      }
      for (Listed gone : before.values()) {
        if (!kept.contains(gone.paper().id())) {
          changes.add(relist(gone, day));
        }
      }
    }
    return new Plan(changes, problems);
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
    String id = gone.paper().id();
    while (!days.isEmpty()) {
      CorpusFolder.Day next = folder.read(days.first());
      if (!next.readable() || next.problems().stream().anyMatch(p -> p.paperId().equals(Optional.of(id)))) {
        // That day cannot tell now whether it lists the paper: it keeps the copy the index has.
        return new Change.Write(gone.paper(), days, false);
      }
      Optional<Paper> copy = next.papers().stream().filter(p -> p.id().equals(id)).findFirst();
      if (copy.isPresent()) {
        return new Change.Write(copy.get(), days, false);
      }
      days.remove(days.first()); // the index said the day lists it; the folder says otherwise now
    }
    return new Change.Delete(id);
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
    // The parser dates papers by the file's name, as for every file of the folder, and reports a
    // heading that says another day.
    for (ParseResult result : new CorpusReader().parse(target, body)) {
      if (result instanceof ParseResult.Problem problem) {
        problems.add(problem);
      } else if (result instanceof ParseResult.Parsed) {
        papers++;
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
