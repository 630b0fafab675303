package org.sitrep.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The store's query parser (Lucene syntax over title and text) with fixed bounds on how much
 * work one query may ask for: how many terms, how many fuzzy ({@code word~}) and pattern
 * ({@code wo*d}, {@code /regexp/}, {@code word*}) terms, how many wildcards one pattern holds
 * and how much work turning a pattern into an automaton may take. A query over a bound is an
 * {@link IllegalArgumentException} whose one-line message says what to change, the same kind of
 * error as a query that does not parse; the caps count work, so they do not depend on the
 * machine.
 */
final class BoundedQueryParser extends MultiFieldQueryParser {
  /** Terms (leaf clauses) in one query, counted once per field searched. */
  static final int MAX_TERMS = 256;
  /** Fuzzy terms in one query. */
  static final int MAX_FUZZY = 8;
  /** Index terms one fuzzy term may expand to. */
  static final int MAX_FUZZY_EXPANSIONS = 50;
  /** Wildcard, prefix and regular-expression terms in one query. */
  static final int MAX_PATTERNS = 8;
  /** {@code *} and {@code ?} in one wildcard term. */
  static final int MAX_WILDCARDS = 6;
  /** Characters of one regular expression. */
  static final int MAX_REGEXP_LENGTH = 100;
  /** Work allowed to determinize one pattern's automaton (Lucene's default is 10,000). */
  static final int DETERMINIZE_WORK_LIMIT = 2_000;

  private static final String[] FIELDS = {Fields.TITLE, Fields.TEXT};

  private int fuzzy;
  private int patterns;

  BoundedQueryParser(Analyzer analyzer) {
    super(FIELDS, analyzer, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
    setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
  }

  /** {@code query} parsed, or an {@link IllegalArgumentException} saying what to change. */
  static Query parseBounded(Analyzer analyzer, String query) throws ParseException {
    BoundedQueryParser p = new BoundedQueryParser(analyzer);
    Query q;
    try {
      q = p.parse(query);
    } catch (TooComplexToDeterminizeException e) {
      throw tooExpensive("a wildcard or regular expression is too complex; use a simpler "
          + "pattern with fewer * ? or alternatives");
    } catch (IllegalArgumentException e) {
      throw tooLarge(e);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw tooExpensive("one group has more than " + IndexSearcher.getMaxClauseCount()
            + " clauses; use at most " + MAX_TERMS + " terms");
      }
      if (e.getCause() instanceof TooComplexToDeterminizeException) {
        throw tooExpensive("a wildcard or regular expression is too complex; use a simpler "
            + "pattern with fewer * ? or alternatives");
      }
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw tooLarge(iae);
      }
      if (String.valueOf(e.getMessage()).contains("not allowed as first character")) {
        throw new IllegalArgumentException("a word cannot begin with * or ?: put at least one "
            + "letter before the wildcard");
      }
      throw e;
    }
    int[] terms = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... t) {
        terms[0] += Math.max(1, t.length);
      }

      @Override
      public void visitLeaf(Query query) {
        terms[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                        Query parent) {
        return this;
      }
    });
    if (terms[0] > MAX_TERMS) {
      throw tooExpensive("the query has " + terms[0] + " terms (each word counts once for the "
          + "title and once for the text); use at most " + MAX_TERMS);
    }
    return q;
  }

  /** Lucene's own refusal of a huge automaton ("input automaton is too large: 1001"). */
  private static IllegalArgumentException tooLarge(IllegalArgumentException e) {
    return String.valueOf(e.getMessage()).contains("automaton is too large")
        ? tooExpensive("a regular expression repeats too much ({n,m} too large); use smaller "
            + "repeat counts")
        : e;
  }

  private static IllegalArgumentException tooExpensive(String why) {
    return new IllegalArgumentException("query too expensive: " + why);
  }

  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    // Called once per field searched: the cap is on the words of the query.
    if (++fuzzy > MAX_FUZZY * FIELDS.length) {
      throw tooExpensive("more than " + MAX_FUZZY + " fuzzy terms (word~); use at most "
          + MAX_FUZZY);
    }
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0,
        term.text().length()));
    return new FuzzyQuery(term, edits, prefixLength, MAX_FUZZY_EXPANSIONS, true);
  }

  @Override
  protected Query newWildcardQuery(Term t) {
    pattern();
    long wildcards = t.text().chars().filter(c -> c == '*' || c == '?').count();
    if (wildcards > MAX_WILDCARDS) {
      throw tooExpensive("'" + t.text() + "' has " + wildcards + " wildcards (* or ?); use at "
          + "most " + MAX_WILDCARDS + " in one word");
    }
    return super.newWildcardQuery(t);
  }

  @Override
  protected Query newPrefixQuery(Term prefix) {
    pattern();
    return super.newPrefixQuery(prefix);
  }

  @Override
  protected Query newRegexpQuery(Term regexp) {
    pattern();
    if (regexp.text().length() > MAX_REGEXP_LENGTH) {
      throw tooExpensive("a regular expression of " + regexp.text().length() + " characters; "
          + "use at most " + MAX_REGEXP_LENGTH);
    }
    return super.newRegexpQuery(regexp);
  }

  private void pattern() {
    if (++patterns > MAX_PATTERNS * FIELDS.length) {
      throw tooExpensive("more than " + MAX_PATTERNS + " wildcard, prefix or regular-expression "
          + "terms; use at most " + MAX_PATTERNS);
    }
  }
}
