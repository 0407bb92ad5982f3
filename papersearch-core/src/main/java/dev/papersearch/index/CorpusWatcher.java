package dev.papersearch.index;

import dev.papersearch.ingest.CorpusReader;
import dev.papersearch.ingest.DigestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a corpus folder and applies each new, changed or deleted digest's day through a {@link
 * LiveIndexer} once the file has stopped changing.
 *
 * <p>The folder is scanned (sizes and modification times, not contents) every {@code interval}; a
 * file is taken only after it looked the same for {@code settle}, so a file still being written is
 * not indexed half-way. Scanning rather than file-system events works the same on every file system,
 * bind mounts and network shares included, and sees new folders of the {@code YYYY/MM/DD.md} layout
 * without registering them.
 */
public final class CorpusWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

  /** What a scan sees of a file; a replaced file (written elsewhere and renamed) has a new key. */
  private record FileState(long size, FileTime modified, Object key) {}

  private final LiveIndexer live;
  private final Path root;
  private final Duration interval;
  private final long settleNanos;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("corpus-watcher", false));
  private Map<Path, FileState> seen;
  /** Files whose change has not settled yet, with when they last changed. */
  private final Map<Path, Long> unsettled = new HashMap<>();
  /** Days whose indexing failed, tried again at the next scan. */
  private final Set<LocalDate> retry = new TreeSet<>();
  private String lastError;
  /** Set by {@link #close}: a scan under way applies no further day. */
  private volatile boolean closing;

  /**
   * Takes the folder's current state as the starting point: start watching before indexing the
   * folder, so a file written meanwhile is not missed.
   */
  public CorpusWatcher(LiveIndexer live, Duration interval, Duration settle) {
    this.live = live;
    this.root = live.folder().root();
    this.interval = interval;
    this.settleNanos = settle.toNanos();
    this.seen = scan();
  }

  /** Starts scanning in the background, unless already closed. */
  public synchronized void start() {
    if (timer.isShutdown()) {
      return;
    }
    timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("watching {} for new and changed digests every {} ms", root, interval.toMillis());
  }

  /** One scan; nothing it throws may escape, or the executor would never run the scan again. */
  private void poll() {
    try {
      applySettledDays();
    } catch (Throwable e) {
      report(e);
    }
  }

  private void applySettledDays() {
    // Unreadable days too: nothing tells a scan that a file became readable (chmod leaves its time alone).
    Set<LocalDate> days = new TreeSet<>(retry);
    days.addAll(live.health().unreadableDays());
    try {
      days.addAll(settledDays());
    } catch (RuntimeException e) {
      report(e);
    }
    retry.clear();
    for (LocalDate day : days) {
      if (closing) {
        return;
      }
      try {
        long started = System.nanoTime();
        LiveIndexer.DayUpdate update = live.applyDay(day);
        if (update.outcome() != LiveIndexer.Outcome.UNREADABLE) {
          lastError = null;
        }
        switch (update.outcome()) {
          case APPLIED -> {
            LOG.info(
                "indexed {} in {} ms: {} papers listed, {} new, {} removed, {} problems",
                day, (System.nanoTime() - started) / 1_000_000, update.papers(), update.added(), update.removed(),
                update.problems().size());
            update.problems().forEach(p -> LOG.warn("{}", p));
          }
          case UNREADABLE -> {
            reportOnce(day + " keeps the papers it had, since a file of it cannot be read: " + update.problems());
          }
          case UNCHANGED -> {}
        }
      } catch (RuntimeException e) {
        retry.add(day);
        report(e);
      }
    }
  }

  /** Logs a failure once, not at every scan while it lasts (a broken index also shows on /ready). */
  private void report(Throwable e) {
    if (isNew(String.valueOf(e.getMessage()))) {
      LOG.error("watching {} failed; trying again at every scan", root, e);
    }
  }

  /** Logs a problem of the folder once while it lasts; /metrics counts it meanwhile. */
  private void reportOnce(String message) {
    if (isNew(message)) {
      LOG.error("{}; trying again at every scan", message);
    }
  }

  /** Whether {@code message} is not the last one logged; it is from now on. */
  private boolean isNew(String message) {
    if (message.equals(lastError)) {
      return false;
    }
    lastError = message;
    return true;
  }

  /** Scans once and returns the days of files that changed and have since stayed the same. */
  private Set<LocalDate> settledDays() {
    long now = System.nanoTime();
    Map<Path, FileState> current = scan();
    Set<Path> paths = new HashSet<>(seen.keySet());
    paths.addAll(current.keySet());
    for (Path path : paths) {
      if (!Objects.equals(seen.get(path), current.get(path))) {
        unsettled.put(path, now);
      }
    }
    seen = current;
    Set<LocalDate> days = new TreeSet<>();
    for (Iterator<Map.Entry<Path, Long>> it = unsettled.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Path, Long> entry = it.next();
      if (now - entry.getValue() >= settleNanos) {
        DigestPaths.dateOf(entry.getKey()).ifPresent(days::add);
        it.remove();
      }
    }
    return days;
  }

  private Map<Path, FileState> scan() {
    Map<Path, FileState> states = new HashMap<>();
    for (Path file : CorpusReader.digestFiles(root)) {
      try {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        states.put(file, new FileState(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey()));
      } catch (NoSuchFileException e) {
        // deleted between listing and reading: the next scan sees it gone
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return states;
  }

  /** Stops scanning; a day being indexed is finished and committed first. */
  @Override
  public void close() {
    closing = true;
    synchronized (this) {
      timer.shutdown();
    }
    try {
      if (!timer.awaitTermination(2, TimeUnit.MINUTES)) {
        LOG.warn("the watcher of {} did not stop in time", root);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
