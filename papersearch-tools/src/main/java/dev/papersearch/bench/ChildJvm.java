package dev.papersearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts fresh JVMs of this very build: {@code java -Xmx512m … -jar papersearch.jar …} when running
 * from the jar (found from the code source of this class), or the same class path when running from
 * {@code target/classes} in tests. Cold indexing, cold start and server memory need a JVM that has
 * loaded and compiled nothing yet, and whose memory is its own.
 */
final class ChildJvm {

  static final String HEAP = "-Xmx512m";

  /**
   * The server's flags, as README, docs/operations.md and the Dockerfile give them: the serial
   * collector with a small starting heap, because on two cores G1's threads buy nothing and it grows
   * the heap toward the maximum under allocation pressure (RSS 450 MB at 32 connections); survivor
   * spaces of 16 MB so that what the searches in flight hold at a young collection is not promoted
   * (with 4 MB the old generation filled and was collected in full every few seconds under load); a
   * starting heap with room beside the young generation for what a start keeps, so that a start
   * collects no old generation in full (with -Xms64m it did three or four times).
   */
  static final List<String> SERVER_FLAGS = List.of(HEAP, "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=2", "-XX:+UseSerialGC");

  /** The server's flags as one would type them. */
  static String serverFlags() {
    return String.join(" ", SERVER_FLAGS);
  }
  private static final String CLI_MAIN = "dev.papersearch.cli.Main";

  private final String java;
  private final Path jar;
  private final String classPath;

  private ChildJvm(String java, Path jar, String classPath) {
    this.java = java;
    this.jar = jar;
    this.classPath = classPath;
  }

  /** Another build's jar, run with this JVM's java: a build before a change, measured beside this one. */
  static ChildJvm ofJar(Path jar) {
    return new ChildJvm(javaOfThisJvm(), jar, jar.toString());
  }

  private static String javaOfThisJvm() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static ChildJvm ofThisBuild() {
    String java = javaOfThisJvm();
    Path source;
    try {
      source = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the running build: " + e.getMessage(), e);
    }
    boolean isJar = Files.isRegularFile(source) && source.toString().endsWith(".jar");
    return new ChildJvm(java, isJar ? source : null, isJar ? source.toString() : System.getProperty("java.class.path"));
  }

  /**
   * {@code java SERVER_FLAGS -jar papersearch.jar ARGS} (or the class path equivalent), mapping the
   * jar's class-data archive as the README's start command does when the build made one beside it.
   */
  List<String> papersearch(List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(SERVER_FLAGS);
    archive().ifPresent(a -> cmd.add("-XX:SharedArchiveFile=" + a));
    if (jar != null) {
      cmd.addAll(List.of("-jar", jar.toString()));
    } else {
      cmd.addAll(List.of("-cp", classPath, CLI_MAIN));
    }
    cmd.addAll(args);
    return cmd;
  }

  /** {@code java -Xmx512m -cp papersearch.jar MAIN ARGS}. */
  List<String> mainClass(Class<?> main, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-cp", classPath, main.getName()));
    cmd.addAll(args);
    return cmd;
  }

  /** The class-data archive the build made beside the jar ({@code papersearch.jsa} for {@code papersearch.jar}). */
  private Optional<Path> archive() {
    if (jar == null) {
      return Optional.empty();
    }
    String name = jar.getFileName().toString();
    Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
  }

  /** How the report names the server command. */
  String describeServe() {
    return "java "
        + serverFlags()
        + archive().map(a -> " -XX:SharedArchiveFile=" + a.getFileName()).orElse("")
        + (jar != null ? " -jar " + jar.getFileName() : " -cp … " + CLI_MAIN)
        + " serve";
  }

  /** Starts {@code cmd} with stdout and stderr going to {@code log}. */
  static Process start(List<String> cmd, Path log) {
    try {
      return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** A finished child: exit code, wall time from start to exit, and what it printed. */
  record Finished(int exitCode, long wallNanos, String output) {}

  static Finished run(List<String> cmd, Path log, long timeoutSeconds) {
    long started = System.nanoTime();
    Process process = start(cmd, log);
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("child JVM did not finish in " + timeoutSeconds + " s: " + cmd);
      }
      long wall = System.nanoTime() - started;
      return new Finished(process.exitValue(), wall, Files.readString(log, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resident set size of a process from {@code /proc/PID/status}, or -1 where there is no /proc. */
  static long rssBytes(long pid) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
