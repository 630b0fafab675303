package org.sitrep.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's English analysis with accents folded, so that "Edouard" finds "Édouard" and
 * "Sao Paulo" finds "São Paulo": standard tokens, possessives dropped, lower case, ASCII
 * folding, English stop words, Porter stems.
 */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream t = new EnglishPossessiveFilter(source);
    t = new LowerCaseFilter(t);
    t = new ASCIIFoldingFilter(t);
    t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    t = new PorterStemFilter(t);
    return new TokenStreamComponents(source, t);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** A keyword as the store indexes and looks it up: trimmed, lower case, accents folded. */
  static String keyword(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    char[] out = new char[v.length() * 4];
    int n = ASCIIFoldingFilter.foldToASCII(v.toCharArray(), 0, out, 0, v.length());
    return new String(out, 0, n);
  }
}
