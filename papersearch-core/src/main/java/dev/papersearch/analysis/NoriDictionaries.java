package dev.papersearch.analysis;

import org.apache.lucene.analysis.ko.dict.CharacterDefinition;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;

/**
 * Loads Nori's dictionaries beside whatever else a starting process does. The first Korean analysis
 * otherwise loads them on the path to the first answer: half a second of a cold start, most of it
 * decoding the connection costs before the JIT has compiled the loop. A thread that asks for a
 * dictionary still being loaded waits for it (class initialization), so nothing is loaded twice.
 */
public final class NoriDictionaries {

  private NoriDictionaries() {}

  /** Starts loading them on a daemon thread and returns at once. */
  public static void loadInBackground() {
    Thread loader = new Thread(NoriDictionaries::load, "nori-dictionaries");
    loader.setDaemon(true);
    loader.start();
  }

  private static void load() {
    ConnectionCosts.getInstance();
    TokenInfoDictionary.getInstance();
    UnknownDictionary.getInstance();
    CharacterDefinition.getInstance();
  }
}
