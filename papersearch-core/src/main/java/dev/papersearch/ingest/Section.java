package dev.papersearch.ingest;

import java.util.Objects;

/**
 * A labelled part of a summary, such as {@code What's New} or {@code 비전 인코더 (Vision Encoder)}.
 *
 * @param label the label without markdown emphasis; the curly apostrophe of {@code What’s New} is
 *     normalised to {@code '} so that the three standard labels always read the same
 * @param text the section body; lines that continue it (numbered items, plain lines) are joined
 *     with {@code \n}
 */
public record Section(String label, String text) {

  public static final String WHATS_NEW = "What's New";
  public static final String TECHNICAL_DETAILS = "Technical Details";
  public static final String PERFORMANCE_HIGHLIGHTS = "Performance Highlights";

  public Section {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
