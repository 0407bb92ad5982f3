package dev.papersearch.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 fingerprints of digest files and of the days they make up: equal fingerprints mean the
 * same bytes under the same names, so a day indexed from them need not be read again.
 */
public final class Fingerprints {

  /** One file of a day: its path below the corpus folder and its content's fingerprint. */
  public record FileFingerprint(Path file, String fingerprint) {}

  private Fingerprints() {}

  /** The fingerprint of a file's content. */
  public static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * The fingerprint of a day made of {@code files} (in the corpus reader's order) below {@code
   * root}: a file added, removed, renamed or edited changes it; the folder's own place does not.
   */
  public static String ofDay(Path root, List<FileFingerprint> files) {
    MessageDigest digest = sha256();
    for (FileFingerprint file : files) {
      String relative = root.relativize(file.file()).toString().replace('\\', '/');
      digest.update((relative + '\0' + file.fingerprint() + '\n').getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
