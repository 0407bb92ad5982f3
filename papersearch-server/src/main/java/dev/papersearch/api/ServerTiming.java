package dev.papersearch.api;

import dev.papersearch.search.Laps;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code Server-Timing} header of a search: where its time went, stage by stage in the order they
 * ran ({@code parse;dur=0.04, queue;dur=0.00, read;dur=0.21, …, json;dur=0.12}, milliseconds), so that
 * a client's latency can be set against what the server spent, and browsers' developer tools show it.
 * The body's {@code took_ms} cannot count the writing of the body it is part of; this header can.
 */
final class ServerTiming {

  static final String HEADER = "Server-Timing";

  private ServerTiming() {}

  /** The header's value for {@code laps}. */
  static String of(List<Laps.Lap> laps) {
    return laps.stream()
        .map(lap -> String.format(Locale.ROOT, "%s;dur=%.2f", lap.stage(), lap.nanos() / 1e6))
        .collect(Collectors.joining(", "));
  }
}
