package dev.papersearch.bench;

import java.nio.file.Path;

/** Builds one engine's index from the corpus and times it: parse + analyze + index + commit. */
final class Indexing {

  /** A finished, still open index and what it cost. */
  record Built(Engine engine, int papers, long nanos, long bytesOnDisk) {}

  private Indexing() {}

  static Built build(EngineSpec spec, Path corpus, Path dir, int scale) {
    long started = System.nanoTime();
    Engine engine = spec.open().apply(dir);
    int papers = new CorpusFeed(corpus).feed(scale, engine::add);
    engine.finish();
    long nanos = System.nanoTime() - started;
    return new Built(engine, papers, nanos, engine.sizeOnDisk());
  }
}
