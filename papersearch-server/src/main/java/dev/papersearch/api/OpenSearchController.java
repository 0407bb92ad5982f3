package dev.papersearch.api;

import dev.papersearch.config.Settings;
import io.javalin.http.Context;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code GET /opensearch.xml}: the OpenSearch 1.1 description that lets a browser add the site as a
 * search engine (the page links it with {@code rel="search"}): the page's URL with {@code
 * {searchTerms}}, and {@code /api/suggest} in the suggestions format browsers read.
 */
final class OpenSearchController {

  static final String CONTENT_TYPE = "application/opensearchdescription+xml; charset=utf-8";
  static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

  private final Settings settings;

  OpenSearchController(Settings settings) {
    this.settings = settings;
  }

  void description(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(describe(SiteOrigin.of(ctx, settings)));
  }

  static String describe(String origin) {
    return XmlDocument.of(
        "OpenSearch description",
        xml -> {
          xml.writeStartElement("OpenSearchDescription");
          xml.writeDefaultNamespace(NAMESPACE);
          XmlDocument.element(xml, "ShortName", "AI 논문 검색");
          XmlDocument.element(xml, "Description", "Daily Papers 한국어 요약에서 AI 논문 찾기 (한국어·English)");
          XmlDocument.element(xml, "InputEncoding", "UTF-8");
          XmlDocument.element(xml, "Language", "ko");
          url(xml, "text/html", origin + "/?q={searchTerms}");
          url(xml, SuggestController.OPENSEARCH_TYPE, origin + "/api/suggest?q={searchTerms}&format=opensearch");
          url(xml, "application/atom+xml", origin + "/feed.atom?q={searchTerms}");
          xml.writeEmptyElement("Url");
          xml.writeAttribute("type", "application/opensearchdescription+xml");
          xml.writeAttribute("rel", "self");
          xml.writeAttribute("template", origin + "/opensearch.xml");
          xml.writeEndElement();
        });
  }

  private static void url(XMLStreamWriter xml, String type, String template) throws XMLStreamException {
    xml.writeEmptyElement("Url");
    xml.writeAttribute("type", type);
    xml.writeAttribute("template", template);
  }
}
