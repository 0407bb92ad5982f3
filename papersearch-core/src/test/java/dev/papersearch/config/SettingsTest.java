package dev.papersearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path dir;

  @Test
  void defaultsApplyWithoutAnySource() {
    Settings s = Settings.load(dir.resolve("absent.properties"), Map.of(), Map.of());
    assertEquals(Path.of("index"), s.indexDir());
    assertNull(s.corpusDir());
    assertEquals(7070, s.port());
    assertEquals(100, s.maxPageSize());
    assertEquals(List.of(), s.corsOrigins());
    assertEquals("", s.publicOrigin());
  }

  @Test
  void flagsBeatEnvironmentWhichBeatsTheFile() throws IOException {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "server.port=8000\nindex.dir=from-file\nsearch.max-size=50\n");
    Settings fileOnly = Settings.load(file, Map.of(), Map.of());
    assertEquals(8000, fileOnly.port());
    assertEquals(50, fileOnly.maxPageSize());
    Settings env = Settings.load(file, Map.of("PAPERSEARCH_SERVER_PORT", "9000"), Map.of());
    assertEquals(9000, env.port());
    assertEquals(Path.of("from-file"), env.indexDir());
    Settings flag =
        Settings.load(file, Map.of("PAPERSEARCH_SERVER_PORT", "9000"), Map.of("server.port", "9100"));
    assertEquals(9100, flag.port());
  }

  @Test
  void badValuesNameTheKeyAndTheSource() throws IOException {
    SettingsException fromEnv =
        assertThrows(
            SettingsException.class,
            () -> Settings.load(null, Map.of("PAPERSEARCH_SEARCH_MAX_SIZE", "lots"), Map.of()));
    assertTrue(fromEnv.getMessage().startsWith("search.max-size:"), fromEnv.getMessage());
    assertTrue(fromEnv.getMessage().contains("PAPERSEARCH_SEARCH_MAX_SIZE"), fromEnv.getMessage());

    SettingsException range =
        assertThrows(SettingsException.class, () -> Settings.load(null, Map.of(), Map.of("server.port", "70000")));
    assertTrue(range.getMessage().startsWith("server.port:"), range.getMessage());

    Path file = dir.resolve("typo.properties");
    Files.writeString(file, "server.prot=8080\n");
    SettingsException unknown = assertThrows(SettingsException.class, () -> Settings.load(file, Map.of(), Map.of()));
    assertTrue(unknown.getMessage().startsWith("server.prot: unknown setting"), unknown.getMessage());
  }

  @Test
  void defaultSizeMayNotExceedMaxSize() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> Settings.load(null, Map.of(), Map.of("search.default-size", "20", "search.max-size", "10")));
    assertTrue(e.getMessage().startsWith("search.default-size:"), e.getMessage());
  }

  @Test
  void serviceSettingsHaveSafeDefaults() {
    Settings.Operations ops = Settings.defaults().ops();
    assertFalse(ops.watch());
    assertFalse(ops.adminEnabled(), "admin routes are off until a token is set");
    assertEquals(2 * 1024 * 1024, ops.maxBodyBytes());
    assertEquals(Duration.ofSeconds(2), ops.searchTimeout());
    Settings s =
        Settings.load(
            null,
            Map.of("PAPERSEARCH_ADMIN_TOKEN", "0123456789abcdef-token", "PAPERSEARCH_CORPUS_WATCH", "true"),
            Map.of("corpus.dir", "days"));
    assertTrue(s.ops().watch());
    assertTrue(s.ops().adminEnabled());
  }

  @Test
  void theAdminTokenIsCheckedButNeverShown() {
    SettingsException weak =
        assertThrows(SettingsException.class, () -> Settings.load(null, Map.of("PAPERSEARCH_ADMIN_TOKEN", "hunter2"), Map.of()));
    assertTrue(weak.getMessage().startsWith("admin.token:"), weak.getMessage());
    assertFalse(weak.getMessage().contains("hunter2"), weak.getMessage());
    Settings s = Settings.load(null, Map.of("PAPERSEARCH_ADMIN_TOKEN", "0123456789abcdef-token"), Map.of());
    assertFalse(s.toString().contains("0123456789abcdef-token"), s.toString());
  }

  @Test
  void watchingNeedsACorpusAndBooleansAreStrict() {
    SettingsException noCorpus =
        assertThrows(SettingsException.class, () -> Settings.load(null, Map.of(), Map.of("corpus.watch", "true")));
    assertTrue(noCorpus.getMessage().startsWith("corpus.watch:"), noCorpus.getMessage());
    SettingsException yes =
        assertThrows(SettingsException.class, () -> Settings.load(null, Map.of(), Map.of("server.access-log", "yes")));
    assertTrue(yes.getMessage().startsWith("server.access-log: 'yes' is not true or false"), yes.getMessage());
  }

  @Test
  void shippedConfigFileIsValid() {
    Settings s = Settings.load(Path.of("config/papersearch.properties"), Map.of(), Map.of());
    assertEquals(7070, s.port());
  }
}
