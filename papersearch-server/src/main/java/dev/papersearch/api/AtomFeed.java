package dev.papersearch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of papers, newest first, written with the JDK's streaming XML writer.
 *
 * @param id the feed's permanent IRI
 * @param title what the feed follows
 * @param self where the feed is fetched from
 * @param page the search page showing the same papers
 * @param updated when the feed last changed: its newest paper's day, or the digest's newest day
 * @param entries the papers, newest first
 */
record AtomFeed(String id, String title, String self, String page, LocalDate updated, List<Entry> entries) {

  static final String NAMESPACE = "http://www.w3.org/2005/Atom";

  /** A paper: its arXiv page is both its id and its link; {@code updated} is its digest's day. */
  record Entry(String url, String title, LocalDate updated, List<String> authors, String summary) {}

  /** A day as Atom dates it: its first instant in UTC. */
  static Instant instantOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  String toXml() {
    return XmlDocument.of(
        "feed",
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(NAMESPACE);
          text(xml, "id", id);
          text(xml, "title", title);
          text(xml, "updated", instantOf(updated).toString());
          link(xml, "self", "application/atom+xml", self);
          link(xml, "alternate", "text/html", page);
          // Atom needs an author for every entry; the feed's stands for papers listed without one.
          author(xml, "Daily Papers (Korean), l-yohai");
          text(xml, "rights", "Summaries: Daily Papers (Korean) by l-yohai, CC BY-NC-ND 4.0");
          XmlDocument.element(xml, "generator", "papersearch");
          for (Entry entry : entries) {
            xml.writeStartElement("entry");
            text(xml, "id", entry.url());
            text(xml, "title", entry.title());
            link(xml, "alternate", "text/html", entry.url());
            text(xml, "updated", instantOf(entry.updated()).toString());
            for (String name : entry.authors()) {
              author(xml, name);
            }
            text(xml, "summary", entry.summary());
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    if (element.equals("title") || element.equals("summary") || element.equals("rights")) {
      xml.writeAttribute("type", "text");
    }
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  /** {@code text} without the characters XML 1.0 forbids (control characters, lone surrogates), which no feed parser accepts. */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
    xml.writeStartElement("author");
    text(xml, "name", name);
    xml.writeEndElement();
  }
}
