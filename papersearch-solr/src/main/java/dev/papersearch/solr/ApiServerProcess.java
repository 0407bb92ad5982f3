package dev.papersearch.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papersearch API server ({@code papersearch.jar serve ...}) in a child JVM on a free port: the
 * server module runs Jetty 12, which cannot share a JVM with Solr's Jetty 10.
 */
public final class ApiServerProcess implements AutoCloseable {

  /** Where the server module's build puts the fat jar. */
  public static final Path JAR = Path.of("target/papersearch.jar");

  private static final Pattern SERVING = Pattern.compile("^Serving .* on http://localhost:(\\d+)/");

  private final Process process;
  private final int port;

  private ApiServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Runs {@code serve} with {@code args} and {@code --port 0}; returns once it serves. */
  public static ApiServerProcess start(Path jar, List<String> args) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath() + " is missing: build the server first (mvn -B -q package -DskipTests, or mvn -B verify)");
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(), "serve", "--port", "0"));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        drain(lines);
        return new ApiServerProcess(process, Integer.parseInt(m.group(1)));
      }
    }
    throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + waitFor(process) + " before serving");
  }

  /** Keeps reading the server's output so that it never blocks on a full pipe. */
  private static void drain(BufferedReader lines) {
    Thread drain =
        new Thread(
            () -> {
              try {
                lines.lines().forEach(l -> {});
              } catch (UncheckedIOException e) {
                // the server stopped and its output closed
              }
            },
            "api-server-output");
    drain.setDaemon(true);
    drain.start();
  }

  private static int waitFor(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** {@code http://127.0.0.1:PORT} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Stops the server as SIGTERM does (requests in flight finish) and waits for it. */
  @Override
  public void close() {
    process.destroy();
    waitFor(process);
  }
}
