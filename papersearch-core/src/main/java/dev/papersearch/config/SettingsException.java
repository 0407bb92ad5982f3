package dev.papersearch.config;

/** A setting has a value that cannot be used; the message names the key and where it came from. */
public final class SettingsException extends RuntimeException {

  public SettingsException(String message) {
    super(message);
  }
}
