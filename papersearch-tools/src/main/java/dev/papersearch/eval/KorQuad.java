package dev.papersearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.papersearch.ingest.Paper;
import dev.papersearch.ingest.SourceLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * KorQuAD 1.0 dev as passage retrieval: every distinct paragraph is a document (its text as the
 * summary, no title, so no system is helped by the article name), every question a query whose one
 * relevant document is its paragraph. Built from the unchanged JSON file at run time.
 */
public final class KorQuad {

  private KorQuad() {}

  public static EvalSet load(Path json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read KorQuAD file " + json + ": " + e.getMessage(), e);
    }
    Map<String, String> idByText = new LinkedHashMap<>();
    List<EvalQuery> queries = new ArrayList<>();
    for (JsonNode article : root.get("data")) {
      for (JsonNode paragraph : article.get("paragraphs")) {
        String context = paragraph.get("context").asText();
        String id = idByText.computeIfAbsent(context, t -> "kq" + idByText.size());
        for (JsonNode qa : paragraph.get("qas")) {
          queries.add(new EvalQuery(qa.get("id").asText(), "korquad", qa.get("question").asText(), Set.of(id)));
        }
      }
    }
    List<Paper> documents = new ArrayList<>(idByText.size());
    idByText.forEach(
        (text, id) ->
            documents.add(
                new Paper(
                    id,
                    "",
                    "",
                    LocalDate.of(2018, 12, 12),
                    OptionalInt.empty(),
                    List.of(),
                    null,
                    null,
                    List.of(text),
                    List.of(),
                    new SourceLine(json, 1))));
    return new EvalSet("KorQuAD 1.0 dev", documents, queries);
  }
}
