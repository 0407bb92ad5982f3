package dev.papersearch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every setting of papersearch, read once at start and validated there.
 *
 * <p>Each key has a built-in default, which {@code config/papersearch.properties} overrides, which an
 * environment variable overrides ({@code PAPERSEARCH_} + the key in upper case with {@code .} and
 * {@code -} as {@code _}, e.g. {@code PAPERSEARCH_SERVER_PORT}), which a command-line flag overrides.
 * A value that does not fit fails start-up with a {@link SettingsException} naming the key and its
 * source.
 *
 * @param indexDir where the Lucene index lives ({@code index.dir})
 * @param corpusDir digests to index, or {@code null} ({@code corpus.dir})
 * @param host interface to listen on ({@code server.host})
 * @param port HTTP port, 0 for any free one ({@code server.port})
 * @param corsOrigins origins allowed to call the API from a browser; empty means the server's own
 *     origin only, {@code *} any origin ({@code server.cors-origins}, comma-separated)
 * @param publicOrigin the origin readers reach the server at when that is not {@code http://localhost}
 *     or another loopback address on the server's port, e.g. a proxy's {@code https://search.example.org};
 *     empty when none ({@code server.public-origin})
 * @param defaultPageSize hits per page when the request does not say ({@code search.default-size})
 * @param maxPageSize the largest {@code size} accepted ({@code search.max-size})
 * @param maxDepth the largest {@code page × size} accepted ({@code search.max-depth})
 * @param maxQueryLength the longest {@code q} accepted, in characters ({@code search.max-query-length})
 * @param ops how the running service updates itself, protects itself and reports ({@link Operations})
 */
public record Settings(
    Path indexDir,
    Path corpusDir,
    String host,
    int port,
    List<String> corsOrigins,
    String publicOrigin,
    int defaultPageSize,
    int maxPageSize,
    int maxDepth,
    int maxQueryLength,
    Operations ops) {

  /**
   * The settings of a long-running service: live updates, the admin routes, limits and logging.
   *
   * @param watch whether {@code serve} watches the corpus folder for new and changed digests
   *     ({@code corpus.watch}, flag {@code --watch})
   * @param watchInterval how often the corpus folder is scanned ({@code corpus.watch-interval-ms})
   * @param watchSettle how long a digest file must stay unchanged before it is indexed, so that a
   *     file still being written is never indexed ({@code corpus.watch-settle-ms})
   * @param adminToken the bearer token of {@code /api/admin/*}; empty turns those routes off
   *     ({@code admin.token})
   * @param maxBodyBytes the largest request body accepted ({@code server.max-body-bytes})
   * @param searchTimeout the longest one search may run before it is answered with 503
   *     ({@code search.timeout-ms})
   * @param maxConcurrentSearches searches run at once; more wait their turn, so that under load each
   *     search still runs quickly ({@code search.max-concurrent}; 0, the default, means twice the
   *     processors)
   * @param searchQueueTimeout the longest a search waits for its turn before it is answered with 503
   *     ({@code search.queue-timeout-ms})
   * @param accessLog whether every request is logged as one JSON line ({@code server.access-log})
   * @param shutdownTimeout how long a stopping server waits for requests in flight
   *     ({@code server.shutdown-timeout-ms})
   */
  public record Operations(
      boolean watch,
      Duration watchInterval,
      Duration watchSettle,
      String adminToken,
      int maxBodyBytes,
      Duration searchTimeout,
      int maxConcurrentSearches,
      Duration searchQueueTimeout,
      boolean accessLog,
      Duration shutdownTimeout) {

    /** Whether the admin routes are on. */
    public boolean adminEnabled() {
      return !adminToken.isEmpty();
    }

    /** The token stays out of logs and messages. */
    @Override
    public String toString() {
      return "Operations[watch=" + watch + ", watchInterval=" + watchInterval + ", watchSettle=" + watchSettle
          + ", adminToken=" + (adminEnabled() ? "(set)" : "(none)") + ", maxBodyBytes=" + maxBodyBytes
          + ", searchTimeout=" + searchTimeout + ", maxConcurrentSearches=" + maxConcurrentSearches
          + ", searchQueueTimeout=" + searchQueueTimeout + ", accessLog=" + accessLog + ", shutdownTimeout="
          + shutdownTimeout + "]";
    }
  }

  /** An admin token shorter than this is refused: it would be guessable. */
  static final int MIN_TOKEN_LENGTH = 16;

  public static final Path DEFAULT_FILE = Path.of("config", "papersearch.properties");

  /** Built-in defaults, used for keys no other source sets. */
  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("index.dir", "index"),
          Map.entry("corpus.dir", ""),
          Map.entry("corpus.watch", "false"),
          Map.entry("corpus.watch-interval-ms", "500"),
          Map.entry("corpus.watch-settle-ms", "1000"),
          Map.entry("server.host", "0.0.0.0"),
          Map.entry("server.port", "7070"),
          Map.entry("server.cors-origins", ""),
          Map.entry("server.public-origin", ""),
          Map.entry("server.max-body-bytes", String.valueOf(2 * 1024 * 1024)),
          Map.entry("server.access-log", "false"),
          Map.entry("server.shutdown-timeout-ms", "10000"),
          Map.entry("admin.token", ""),
          Map.entry("search.default-size", "10"),
          Map.entry("search.max-size", "100"),
          Map.entry("search.max-depth", "10000"),
          Map.entry("search.max-query-length", "512"),
          Map.entry("search.timeout-ms", "2000"),
          Map.entry("search.max-concurrent", "0"),
          Map.entry("search.queue-timeout-ms", "10000"));

  public Settings {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** The settings with defaults only, as tests start from. */
  public static Settings defaults() {
    return resolve(Map.of(), Map.of(), Map.of());
  }

  /**
   * Loads settings from {@code file} (skipped when it does not exist), the environment and flags.
   *
   * @param flags command-line values by key, e.g. {@code server.port → 8080}
   */
  public static Settings load(Path file, Map<String, String> env, Map<String, String> flags) {
    return resolve(readFile(file), env, flags);
  }

  /** A copy with another port, for tests that want any free port. */
  public Settings withPort(int newPort) {
    return new Settings(
        indexDir, corpusDir, host, newPort, corsOrigins, publicOrigin, defaultPageSize, maxPageSize, maxDepth, maxQueryLength, ops);
  }

  /** A copy with another CORS allow-list, for tests that embed the widget from another origin. */
  public Settings withCorsOrigins(List<String> origins) {
    return new Settings(
        indexDir, corpusDir, host, port, origins, publicOrigin, defaultPageSize, maxPageSize, maxDepth, maxQueryLength, ops);
  }

  private static Settings resolve(
      Map<String, String> file, Map<String, String> env, Map<String, String> flags) {
    Map<String, Source> values = new LinkedHashMap<>();
    DEFAULTS.forEach((k, v) -> values.put(k, new Source(v, "default")));
    file.forEach((k, v) -> values.put(known(k, "config file"), new Source(v.strip(), "config file")));
    DEFAULTS.keySet()
        .forEach(
            k -> {
              String name = envName(k);
              if (env.containsKey(name)) {
                values.put(k, new Source(env.get(name).strip(), "environment variable " + name));
              }
            });
    flags.forEach((k, v) -> values.put(known(k, "flag"), new Source(v.strip(), "command-line flag")));

    Values reader = new Values(values);
    Settings settings =
        new Settings(
            reader.path("index.dir"),
            reader.string("corpus.dir").isEmpty() ? null : reader.path("corpus.dir"),
            reader.nonBlank("server.host"),
            reader.integer("server.port", 0, 65535),
            reader.list("server.cors-origins"),
            reader.string("server.public-origin"),
            reader.integer("search.default-size", 1, 1000),
            reader.integer("search.max-size", 1, 1000),
            reader.integer("search.max-depth", 1, 1_000_000),
            reader.integer("search.max-query-length", 1, 100_000),
            new Operations(
                reader.bool("corpus.watch"),
                reader.millis("corpus.watch-interval-ms", 50, 60_000),
                reader.millis("corpus.watch-settle-ms", 0, 600_000),
                reader.secret("admin.token", MIN_TOKEN_LENGTH),
                reader.integer("server.max-body-bytes", 1024, 1 << 30),
                reader.millis("search.timeout-ms", 1, 600_000),
                concurrency(reader.integer("search.max-concurrent", 0, 10_000)),
                reader.millis("search.queue-timeout-ms", 0, 600_000),
                reader.bool("server.access-log"),
                reader.millis("server.shutdown-timeout-ms", 0, 600_000)));
    if (settings.ops.watch() && settings.corpusDir == null) {
      throw new SettingsException("corpus.watch: watching needs a corpus folder (corpus.dir or --corpus)");
    }
    if (settings.defaultPageSize > settings.maxPageSize) {
      throw new SettingsException(
          "search.default-size: " + settings.defaultPageSize + " is larger than search.max-size " + settings.maxPageSize);
    }
    return settings;
  }

  /** 0 means as many as suits the machine: CPU-bound searches gain nothing from more. */
  private static int concurrency(int configured) {
    return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** The environment variable that sets {@code key}. */
  public static String envName(String key) {
    return "PAPERSEARCH_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static String known(String key, String source) {
    if (!DEFAULTS.containsKey(key)) {
      throw new SettingsException(
          key + ": unknown setting (from " + source + "); known keys: " + String.join(", ", DEFAULTS.keySet().stream().sorted().toList()));
    }
    return key;
  }

  private static Map<String, String> readFile(Path file) {
    if (file == null || !Files.exists(file)) {
      return Map.of();
    }
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read settings file: " + e.getMessage());
    }
    Map<String, String> out = new LinkedHashMap<>();
    props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
    return out;
  }

  private record Source(String value, String origin) {}

  /** Reads typed values and says which key and source a bad one came from. */
  private record Values(Map<String, Source> values) {

    String string(String key) {
      return values.get(key).value();
    }

    String nonBlank(String key) {
      String v = string(key);
      if (v.isEmpty()) {
        throw bad(key, "must not be empty");
      }
      return v;
    }

    Path path(String key) {
      try {
        return Path.of(nonBlank(key));
      } catch (java.nio.file.InvalidPathException e) {
        throw bad(key, "is not a valid path");
      }
    }

    int integer(String key, int min, int max) {
      String v = string(key);
      int n;
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw bad(key, "is not a whole number");
      }
      if (n < min || n > max) {
        throw bad(key, "must be between " + min + " and " + max);
      }
      return n;
    }

    boolean bool(String key) {
      String v = string(key);
      if (!v.equals("true") && !v.equals("false")) {
        throw bad(key, "is not true or false");
      }
      return Boolean.parseBoolean(v);
    }

    Duration millis(String key, int min, int max) {
      return Duration.ofMillis(integer(key, min, max));
    }

    /** A secret is checked like any value, but its value never appears in a message. */
    String secret(String key, int minLength) {
      String v = string(key);
      if (!v.isEmpty() && (v.length() < minLength || v.chars().anyMatch(c -> c <= ' ' || c > '~'))) {
        throw new SettingsException(
            key + ": the value (not shown) must be at least " + minLength
                + " printable ASCII characters without spaces (from " + values.get(key).origin() + ")");
      }
      return v;
    }

    List<String> list(String key) {
      return Arrays.stream(string(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    SettingsException bad(String key, String why) {
      Source s = values.get(key);
      return new SettingsException(key + ": '" + s.value() + "' " + why + " (from " + s.origin() + ")");
    }
  }
}
