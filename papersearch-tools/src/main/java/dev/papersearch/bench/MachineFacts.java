package dev.papersearch.bench;

import dev.papersearch.config.LoadAverage;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The machine and JVM the figures were taken on, so that a reader can compare runs. */
record MachineFacts(
    int cores,
    String cpu,
    long memoryBytes,
    String os,
    String jvm,
    long heapBytes,
    String gc,
    String childHeap,
    String loadAtStart) {

  static MachineFacts collect() {
    return new MachineFacts(
        Runtime.getRuntime().availableProcessors(),
        procValue("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        procValue("/proc/meminfo", "MemTotal").map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) * 1024).orElse(-1L),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")),
        ChildJvm.HEAP,
        LoadAverage.now());
  }

  private static java.util.Optional<String> procValue(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
