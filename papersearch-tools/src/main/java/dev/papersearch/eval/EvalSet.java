package dev.papersearch.eval;

import dev.papersearch.ingest.Paper;
import java.util.List;

/** Documents and the queries to run over them. */
public record EvalSet(String name, List<Paper> documents, List<EvalQuery> queries) {}
