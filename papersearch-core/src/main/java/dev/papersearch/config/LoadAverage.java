package dev.papersearch.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages, which the benchmark reports print beside their figures. */
public final class LoadAverage {

  private LoadAverage() {}

  /** The 1, 5 and 15 minute load averages ("0.52, 0.61, 0.70"), or "unknown" off Linux. */
  public static String now() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }
}
