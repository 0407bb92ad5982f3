package dev.papersearch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line flags of one subcommand: {@code --name value}, {@code --name=value} and boolean
 * {@code --name}. Unknown flags are errors so that a typo never silently falls back to a default.
 */
record Args(Map<String, String> values) {

  static Args parse(List<String> args, Set<String> valued, Set<String> booleans) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (booleans.contains(name) && value == null) {
        values.put(name, "true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = args.get(++i);
        }
        values.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(values);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String get(String name) {
    return values.get(name);
  }

  /** The given flags renamed to settings keys, for {@link dev.papersearch.config.Settings#load}. */
  Map<String, String> settings(Map<String, String> flagToKey) {
    Map<String, String> out = new LinkedHashMap<>();
    flagToKey.forEach(
        (flag, key) -> {
          if (values.containsKey(flag)) {
            out.put(key, values.get(flag));
          }
        });
    return out;
  }
}
