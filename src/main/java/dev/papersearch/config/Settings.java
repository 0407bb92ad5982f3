package dev.papersearch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * @param defaultPageSize hits per page when the request does not say ({@code search.default-size})
 * @param maxPageSize the largest {@code size} accepted ({@code search.max-size})
 * @param maxDepth the largest {@code page × size} accepted ({@code search.max-depth})
 * @param maxQueryLength the longest {@code q} accepted, in characters ({@code search.max-query-length})
 */
public record Settings(
    Path indexDir,
    Path corpusDir,
    String host,
    int port,
    List<String> corsOrigins,
    int defaultPageSize,
    int maxPageSize,
    int maxDepth,
    int maxQueryLength) {

  public static final Path DEFAULT_FILE = Path.of("config", "papersearch.properties");

  /** Built-in defaults, used for keys no other source sets. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          "index.dir", "index",
          "corpus.dir", "",
          "server.host", "0.0.0.0",
          "server.port", "7070",
          "server.cors-origins", "",
          "search.default-size", "10",
          "search.max-size", "100",
          "search.max-depth", "10000",
          "search.max-query-length", "512");

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
    return new Settings(indexDir, corpusDir, host, newPort, corsOrigins, defaultPageSize, maxPageSize, maxDepth, maxQueryLength);
  }

  /** A copy with another index folder. */
  public Settings withIndexDir(Path dir) {
    return new Settings(dir, corpusDir, host, port, corsOrigins, defaultPageSize, maxPageSize, maxDepth, maxQueryLength);
  }

  /** A copy with another CORS allow-list, for tests that embed the widget from another origin. */
  public Settings withCorsOrigins(List<String> origins) {
    return new Settings(indexDir, corpusDir, host, port, origins, defaultPageSize, maxPageSize, maxDepth, maxQueryLength);
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
            reader.integer("search.default-size", 1, 1000),
            reader.integer("search.max-size", 1, 1000),
            reader.integer("search.max-depth", 1, 1_000_000),
            reader.integer("search.max-query-length", 1, 100_000));
    if (settings.defaultPageSize > settings.maxPageSize) {
      throw new SettingsException(
          "search.default-size: " + settings.defaultPageSize + " is larger than search.max-size " + settings.maxPageSize);
    }
    return settings;
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

    List<String> list(String key) {
      return Arrays.stream(string(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    SettingsException bad(String key, String why) {
      Source s = values.get(key);
      return new SettingsException(key + ": '" + s.value() + "' " + why + " (from " + s.origin() + ")");
    }
  }
}
