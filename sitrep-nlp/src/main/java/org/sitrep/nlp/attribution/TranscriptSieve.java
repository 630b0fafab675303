package org.sitrep.nlp.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;
import org.sitrep.nlp.doc.Doc;

/** A transcript line quoted whole names its speaker first: "“WALLACE: But, Governor Pence, …”". */
final class TranscriptSieve implements Sieve {
  @Override
  public Speaker find(Quotation q) {
    return transcript(q.speech(), q.span());
  }

  private static final Pattern TRANSCRIPT =
      Pattern.compile("^[\"“]?([A-Z][A-Z'’\\-]+(?: [A-Z][A-Z'’\\-]+)?):\\s");

  /** A transcript line quoted whole: "“WALLACE: But, Governor Pence, …”". */
  static Speaker transcript(Speech speech, Span q) {
    Doc doc = speech.doc;
    String head = doc.text.substring(q.start(), Math.min(q.end(), q.start() + 40));
    Matcher m = TRANSCRIPT.matcher(head);
    if (!m.find()) {
      return null;
    }
    Span np = new Span(q.start() + m.start(1), q.start() + m.end(1));
    String name = m.group(1);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (Entity e : speech.entities) {
      for (String alias : Speech.namesOf(e)) {
        if (e.type().equals("PERSON") && alias.substring(alias.lastIndexOf(' ') + 1)
            .equalsIgnoreCase(last)) {
          return new Speaker(e.id(), "transcript", np, null, np);
        }
      }
    }
    return new Speaker(-1, "transcript", np, name, np);
  }
}
