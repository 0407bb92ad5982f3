package dev.papersearch.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.Explanation;

/**
 * What each {@link Stage} added to a paper's score, read off the explanation of a query built of
 * {@link StagedQuery} clauses: the {@code explain} of a search hit, on either backend (the embedded
 * index's {@link Explanation}, or Solr's structured debug output as {@link Node}s).
 *
 * <p>The parts add up to the score: a clause counts fully where it is summed, and where it competes in
 * a disjunction the best clause counts fully and the others by the tie-breaker. The votes prior's
 * part is what its multiplication added to the rest.
 */
public final class StageScores {

  /** What one stage added to a score. */
  public record StageScore(String stage, float score) {}

  /** A node of an explanation: its value, its description and the nodes it was computed from. */
  public record Node(double value, String description, List<Node> details) {

    /** The node of a Lucene explanation, with its details. */
    public static Node of(Explanation e) {
      return new Node(
          e.getValue().doubleValue(), e.getDescription(), Arrays.stream(e.getDetails()).map(Node::of).toList());
    }
  }

  /** How {@link org.apache.lucene.search.DisjunctionMaxQuery} explains itself, with its tie-breaker. */
  private static final Pattern DISJUNCTION = Pattern.compile("max (?:plus ([0-9.Ee+-]+) times others )?of:");

  private static final String SUM = "sum of:";
  private static final String PRODUCT = "product of:";

  private StageScores() {}

  /** Each stage that added to the score of {@code explanation}, the largest part first; ties by stage. */
  public static List<StageScore> of(Node explanation) {
    Map<Stage, Double> parts = new EnumMap<>(Stage.class);
    add(explanation, 1, Stage.FIELDS, parts);
    return parts.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .sorted(Map.Entry.<Stage, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new StageScore(e.getKey().label(), e.getValue().floatValue()))
        .toList();
  }

  /** Adds {@code node}'s value times {@code share} to {@code stage}, or to the stages under it. */
  private static void add(Node node, double share, Stage stage, Map<Stage, Double> parts) {
    String description = node.description();
    if (description.startsWith(StagedQuery.EXPLAINED_AS) && node.details().size() == 1) {
      Stage named = Stage.valueOf(stageLabel(description).toUpperCase(Locale.ROOT).replace('-', '_'));
      if (named == Stage.VOTES_PRIOR) {
        addPrior(node, share, stage, parts);
      } else {
        add(node.details().get(0), share, named, parts);
      }
      return;
    }
    if (description.equals(SUM)) {
      node.details().forEach(d -> add(d, share, stage, parts));
      return;
    }
    Matcher disjunction = DISJUNCTION.matcher(description);
    if (disjunction.matches() && !node.details().isEmpty()) {
      double tieBreaker = disjunction.group(1) == null ? 0 : Double.parseDouble(disjunction.group(1));
      Node best = node.details().stream().max(Comparator.comparingDouble(Node::value)).orElseThrow();
      for (Node d : node.details()) {
        add(d, d == best ? share : share * tieBreaker, stage, parts);
      }
      return;
    }
    // A leaf: a term's, a phrase's or a synonym's score.
    parts.merge(stage, node.value() * share, Double::sum);
  }

  /**
   * The votes prior multiplies the score of the query inside it ({@code product of:} that score and
   * the paper's factor): the query's parts count as they are, the prior adds the rest. Where the
   * explanation has no product (Lucene's {@code FunctionScoreQuery} gives none for a paper its source
   * has no value for), the query's parts are all of the score.
   */
  private static void addPrior(Node node, double share, Stage stage, Map<Stage, Double> parts) {
    Node scored = node.details().get(0);
    while (!scored.description().equals(PRODUCT)
        && !scored.description().startsWith(StagedQuery.EXPLAINED_AS)
        && scored.details().size() == 1) {
      scored = scored.details().get(0);
    }
    if (scored.description().equals(PRODUCT) && !scored.details().isEmpty()) {
      scored = scored.details().get(0);
    }
    add(scored, share, stage, parts);
    parts.merge(Stage.VOTES_PRIOR, (node.value() - scored.value()) * share, Double::sum);
  }

  private static String stageLabel(String description) {
    String label = description.substring(StagedQuery.EXPLAINED_AS.length());
    return label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
  }

  /** Each stage that added to the score of a Lucene {@code explanation}, as {@link #of(Node)}. */
  public static List<StageScore> of(Explanation explanation) {
    return of(Node.of(explanation));
  }
}
