#include "extract/clauses/record_dates.h"

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int record = 1; record + 1 < s.size(); ++record) {
    if (nlp::Lower(s.At(record).form) != "record" || nlp::Lower(s.At(record - 1).form) != "of")
      continue;
    const bool on = nlp::Lower(s.At(record + 1).form) == "on";
    const int first = record + (on ? 2 : 1);
    if (first >= s.size() || s.At(first).entity != "B-DATE") continue;
    int last = first;
    while (last + 1 < s.size() && s.At(last + 1).entity == "I-DATE") ++last;
    const int date = s.SpanHead(first, last);
    if (date < 0 || s.Head(date) == record) continue;
    if (s.Dominates(date, record)) {
      // "holders of record April 10" parsed with "record" a compound of the date: "record"
      // takes the date's place, with the words before it ("of").
      s.Attach(record, s.Head(date), s.At(date).deprel);
      for (int c = 0; c < record; ++c)
        if (s.Head(c) == date) s.Attach(c, record, s.At(c).deprel);
    }
    s.Attach(date, record, on ? "nmod" : "nmod:unmarked");
    if (on) s.Attach(record + 1, date, "case");
  }
}

}  // namespace

void RepairRecordDates(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
