#include "extract/clauses/report_tails.h"

#include <array>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  static constexpr std::array<std::string_view, 2> kConcessive{"though", "although"};
  for (int p = 1; p < s.size(); ++p) {
    const std::string_view rel = BaseRel(s.At(p));
    if (rel != "parataxis" && rel != "advcl") continue;
    const int verb = s.Head(p);
    if (verb < 0 || verb > p || !nlp::IsVerbOfSaying(s.At(verb).lemma)) continue;
    const int report = s.Child(verb, "ccomp");
    if (report < 0 || report < verb || report > p) continue;
    // The comma that opens the tail hangs on it or on the report.
    int first = s.Leftmost(p);
    if (s.At(first).form == ",") ++first;
    if (first < 2 || s.At(first - 1).form != "," || s.Rightmost(report) != first - 2) continue;
    // "Lawson said he was still worried about the risk of a recession, though less so than when
    // he gave his budget speech": a concession opened by "though" or "although" goes on with what
    // was said (the statement had stopped before it, judged cut; "while" may be the writer's own
    // contrast).
    bool concession = false;
    for (int c = first; c < p && !concession; ++c)
      concession = s.Head(c) == p && FormIsOneOf(s.At(c), kConcessive);
    if (concession) {
      s.Attach(p, report, s.At(p).deprel);
      continue;
    }
    if (rel != "parataxis") continue;
    // No clause of its own: no subject, marker, auxiliary or copula ("Mitsui, the importer of
    // scanners into Japan, is scheduled to take delivery" has lost its subject, not its noun).
    if (HasSubject(s, p) || s.HasChild(p, "mark") || s.HasChild(p, "aux") || s.HasChild(p, "cop"))
      continue;
    // (A past tense with no subject after a comma is the participle: "called" tagged VBD.)
    const bool participle =
        s.At(p).upos == "VERB" && (s.At(p).xpos == "VBN" || s.At(p).xpos == "VBD");
    const bool noun = IsNominal(s.At(p)) && !s.HasChild(p, "cop");
    if (!participle && !noun) continue;
    // The report's last noun before the comma.
    int last = -1;
    for (int t = first - 2; t > report && last < 0; --t)
      if (IsNominal(s.At(t)) && s.Dominates(report, t)) last = t;
    // Not a date or an amount ("based on FERC's April 10, 1985, Statement of Policy").
    if (last < 0 || s.At(last).entity.ends_with("DATE") || IsAmountToken(s.At(last))) continue;
    // "..., particularly the United States": an example among what the noun names, no second
    // name of it; the tail joins the report as its own parataxis.
    static constexpr std::array<std::string_view, 6> kFocus{
        "particularly", "especially", "notably", "mainly", "chiefly", "including"};
    bool example = false;
    for (int c = first; c < p && !example; ++c)
      example = s.Head(c) == p && FormIsOneOf(s.At(c), kFocus);
    if (example) {
      s.Attach(p, report, "parataxis");
      continue;
    }
    s.Attach(p, last, participle ? "acl" : "appos");
  }
}

// "Tomlin said privatisation programmes, both in Singapore and abroad, would encourage ..."
// parsed with the phrase between commas an oblique of "said": "Tomlin -said in-> Singapore" and
// the statement lost the words. An oblique of a verb of saying set off by commas between the
// subject of its report and the report's verb is a modifier of that subject (nmod).
void RepairInnerObliques(const TokenTree& s) {
  for (int o = 2; o + 1 < s.size(); ++o) {
    const int verb = s.Head(o);
    if (BaseRel(s.At(o)) != "obl" || verb < 0 || verb > o || !nlp::IsVerbOfSaying(s.At(verb).lemma))
      continue;
    const int report = s.Child(verb, "ccomp");
    if (report < o) continue;
    const int subject = s.Child(report, "nsubj");
    if (subject < 0 || subject > o) continue;
    const int first = s.Leftmost(o);
    const int last = s.Rightmost(o);
    const bool set_off = first > 0 && last + 1 < s.size() &&
                         (s.At(first).form == "," || s.At(first - 1).form == ",") &&
                         s.At(last + 1).form == ",";
    if (!set_off || s.Rightmost(subject) >= first) continue;
    s.Attach(o, subject, "nmod");
  }
}

}  // namespace

void RepairReportTails(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

void RepairReportObliques(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) RepairInnerObliques(TokenTree(s.tokens));
}

}  // namespace kg::extract
