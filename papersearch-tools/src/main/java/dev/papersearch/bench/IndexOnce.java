package dev.papersearch.bench;

import java.nio.file.Path;

/**
 * The child JVM of the cold-indexing measurement: indexes the corpus once into a new folder and
 * prints {@code index-nanos=N papers=P bytes=B}. The parent times the whole process, JVM start to
 * exit, as a user running {@code papersearch index} would wait.
 *
 * <p>Usage: {@code java -cp JAR dev.papersearch.bench.IndexOnce ENGINE CORPUS DIR SCALE}
 */
public final class IndexOnce {

  static final String RESULT_PREFIX = "index-nanos=";

  private IndexOnce() {}

  public static void main(String[] args) throws Exception {
    EngineSpec spec =
        EngineSpec.named(args[0]).orElseThrow(() -> new IllegalArgumentException("unknown engine " + args[0]));
    Indexing.Built built = Indexing.build(spec, Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
    built.engine().close();
    System.out.println(RESULT_PREFIX + built.nanos() + " papers=" + built.papers() + " bytes=" + built.bytesOnDisk());
  }
}
