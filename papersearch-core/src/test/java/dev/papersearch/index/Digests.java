package dev.papersearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes small digest files for tests: one block per paper, in the current upstream format. */
public final class Digests {

  private Digests() {}

  /** A paper block; {@code title} and {@code summary} are written as given. */
  public record Block(String id, String title, String summary) {

    /** A block whose title and summary both carry {@code tag}, so searches can tell versions apart. */
    public static Block tagged(String id, String tag) {
      return new Block(id, "Paper " + id + " " + tag, "이 논문은 " + tag + " 실험을 다룹니다.");
    }
  }

  /** The text of a digest for {@code day}. */
  public static String text(LocalDate day, Block... blocks) {
    StringBuilder out = new StringBuilder("## Daily Papers (" + day + ")\n\n");
    for (Block block : blocks) {
      out.append("### [").append(block.title()).append("](https://arxiv.org/abs/").append(block.id()).append(")\n\n")
          .append("Vote: 7\n\n")
          .append("Authors: Ada Example, Bo Tester\n\n")
          .append("- ***What's New***: ").append(block.summary()).append("\n\n");
    }
    return out.toString();
  }

  /** Writes the digest of {@code day} flat into {@code root} as {@code YYYY-MM-DD.md}. */
  public static Path write(Path root, LocalDate day, Block... blocks) {
    return write(root.resolve(day + ".md"), text(day, blocks));
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
