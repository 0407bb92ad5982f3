package dev.papersearch.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code papersearch} in a separate JVM from the test class path, so tests can kill it, stop
 * it with a signal or take permissions away from it as from a real deployment.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** The command line that runs {@code papersearch args…}, optionally behind {@code prefix}. */
  public static List<String> command(List<String> prefix, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classPath());
    command.add("dev.papersearch.cli.Main");
    command.addAll(List.of(args));
    return command;
  }

  /** Starts {@code papersearch args…} with its output going to {@code log} (stdout and stderr together). */
  public static Process start(Path log, String... args) {
    return start(List.of(), log, args);
  }

  public static Process start(List<String> prefix, Path log, String... args) {
    return start(prefix, Map.of(), log, args);
  }

  /** As {@link #start(Path, String...)}, behind {@code prefix} and with {@code env} added to the environment. */
  public static Process start(List<String> prefix, Map<String, String> env, Path log, String... args) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command(prefix, args)).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Surefire runs tests from a manifest-only jar and passes the real class path in this property;
   * the JVM's own class path is the fallback when tests run elsewhere.
   */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, path.split(File.pathSeparator));
  }
}
