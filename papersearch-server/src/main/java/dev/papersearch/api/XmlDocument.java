package dev.papersearch.api;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An XML document written with the JDK's streaming writer, which escapes what it is given: the feed and the OpenSearch description. */
final class XmlDocument {

  /** Writes the root element and what is inside it. */
  @FunctionalInterface
  interface Root {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private XmlDocument() {}

  /** The UTF-8 document whose root {@code root} writes; {@code what} names it in an error. */
  static String of(String what, Root root) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      root.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the " + what + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** {@code <name>text</name>}. */
  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
