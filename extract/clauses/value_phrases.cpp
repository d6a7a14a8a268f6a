#include "extract/clauses/value_phrases.h"

#include <string>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool IsValueTag(const std::string& entity) {
  return entity.ends_with("-MONEY") || entity.ends_with("-PERCENT") ||
         entity.ends_with("-QUANTITY");
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int first = 0; first < s.size(); ++first) {
    if (!s.At(first).entity.starts_with("B-") || !IsValueTag(s.At(first).entity)) continue;
    const std::string inside = "I-" + s.At(first).entity.substr(2);
    int last = first;
    while (last + 1 < s.size() && s.At(last + 1).entity == inside) ++last;
    const int head = last;
    const auto in_span = [&](int t) { return t >= first && t <= last; };
    // The unit: a noun or symbol, or a currency word the tagger took for a name ("125 mln stg
    // cash" with "stg" PROPN and "mln" a parataxis of the verb: "payment of some 125" was judged
    // partly).
    const bool money_name = s.At(head).upos == "PROPN" && s.At(first).entity == "B-MONEY";
    if (last == first || (s.At(head).upos != "NOUN" && s.At(head).upos != "SYM" &&
                          s.At(head).upos != "X" && !money_name))
      continue;
    // The span's words with heads outside it, in order.
    int outside = 0;
    int anchor = -1;
    bool conjunct = false;
    bool range = false;
    // A place under the span's own words would make a loop ("of 1987 to 35.9 mln barrels" with
    // "1987" on "barrels" and "35.9" on "1987").
    const auto below_span = [&](int g) {
      for (int t = first; t <= last; ++t)
        if (s.Dominates(t, g)) return true;
      return false;
    };
    // The attachment that keeps the reading: a word with a preposition of its own ("to" of "to
    // 251"), else the unit's own ("pct" the passive subject of "31.6 pct ... were tendered" with
    // "31.6" hung on a date), else the first.
    int with_case = -1;
    for (int t = first; t <= last; ++t) {
      const std::string_view rel = BaseRel(s.At(t));
      // Only a coordinator or a conjunct within the span makes two values: "406.6 mln dlrs"
      // parsed with "mln" (tagged X) the cc of "dlrs" and "dlrs" a conjunct of the noun before
      // ("a net loss of 406.6 mln dlrs" had been "loss of 406.6" and "406.6 dlrs") is one.
      conjunct = conjunct || s.At(t).upos == "CCONJ" || (rel == "conj" && in_span(s.Head(t)));
      if (in_span(s.Head(t))) continue;
      // "10 to 30 pct" with "30" on "10": the span ends a range the parse reads as one amount.
      range = range || (s.Head(t) >= 0 && s.At(s.Head(t)).upos == "NUM");
      ++outside;
      if (s.Head(t) >= 0 && below_span(s.Head(t))) continue;
      if (anchor < 0) anchor = t;
      if (with_case < 0 && s.HasChild(t, "case") && !in_span(s.Child(t, "case"))) with_case = t;
    }
    if (with_case >= 0) {
      anchor = with_case;
    } else if (!in_span(s.Head(head)) && (s.Head(head) < 0 || !below_span(s.Head(head)))) {
      anchor = head;
    }
    // "paid 50 mln Hong Kong dlrs" parsed with "50" the object and "dlrs" its nmod (with "mln"
    // read as a preposition): one attachment, but the amount's number heads its unit.
    const bool rooted_at_number = outside == 1 && anchor >= 0 && anchor != head &&
                                  s.At(anchor).upos == "NUM" && in_span(s.Head(head));
    if ((outside < 2 && !rooted_at_number) || conjunct || range || anchor < 0) {
      first = last;
      continue;
    }
    const int governor = s.Head(anchor);
    if (governor >= 0 && in_span(governor)) continue;
    const std::string rel = s.At(anchor).deprel;
    // Dependents outside the span of the span's words go to the head.
    for (int c = 0; c < s.size(); ++c)
      if (!in_span(c) && in_span(s.Head(c)) && s.Head(c) != head) s.Attach(c, head, s.At(c).deprel);
    if (governor < 0) {
      s.At(head).head = 0;
      s.At(head).deprel = "root";
    } else {
      s.Attach(head, governor, rel);
    }
    for (int t = first; t < last; ++t)
      s.Attach(t, head, s.At(t).upos == "NUM" ? "nummod" : "compound");
    first = last;
  }
}

}  // namespace

void RepairValuePhrases(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
