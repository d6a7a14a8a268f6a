#include "extract/clauses/reporting_times.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// A noun of an occasion on which something is said: "meeting", "conference", "briefing", ...
bool IsSpeechOccasion(const std::string& lemma) {
  static constexpr std::array<std::string_view, 24> kOccasions = {
      "meeting", "conference", "briefing",   "interview",  "hearing",   "session",
      "speech",  "seminar",    "statement",  "bulletin",   "report",    "filing",
      "letter",  "release",    "communique", "prospectus", "testimony", "review",
      "survey",  "newsletter", "article",    "editorial",  "broadcast", "circular"};
  return std::find(kOccasions.begin(), kOccasions.end(), lemma) != kOccasions.end();
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 0; verb + 1 < s.size(); ++verb) {
    if (!nlp::IsVerbOfSaying(s.At(verb).lemma)) continue;
    const int time = verb + 1;
    // "..., Western officials said Wednesday." read with "said" a relative clause of the
    // speakers and the day its subject: the speakers are the subject and the day the time.
    const int speakers = s.Head(verb);
    if (speakers >= 0 && speakers < verb && BaseRel(s.At(verb)) == "acl" && s.Head(time) == verb &&
        BaseRel(s.At(time)) == "nsubj" && nlp::IsCalendarWord(nlp::Lower(s.At(time).lemma)) &&
        s.Leftmost(time) == time && s.Rightmost(time) == time && s.Child(verb, "nsubj") == time &&
        (s.At(speakers).upos == "NOUN" || s.At(speakers).upos == "PROPN") &&
        s.Rightmost(speakers) == time) {
      const std::string rel = s.At(speakers).deprel;
      s.Attach(verb, s.Head(speakers), rel);
      s.Attach(speakers, verb, "nsubj");
      s.Attach(time, verb, "obl:tmod");
      continue;
    }
    // "said last week Iran had acquired missiles", "said on Monday the plan ...": a phrase of a
    // day or period right after the verb (its head a calendar word, its other words a
    // determiner, "last"/"next"/"this" or a preposition) hung at the front of the reported
    // clause.
    // So is an occasion of the saying with its preposition and determiner ("said at the meeting
    // a share issue would not be launched", "said in a statement the ICO is ...").
    // An occasion's determiner may be its owner's ("said in its monthly food outlook bulletin
    // total world grain output was expected to fall").
    // And an adverb of the saying's time or of the writer's stance right after the verb
    // ("said yesterday Brazil would not change", "has said previously Sri Lanka must reduce",
    // "stressed however it was very important") is the verb's, not the report's first word.
    static constexpr std::array<std::string_view, 7> kSayingAdverbs = {
        "however", "previously", "earlier", "also", "again", "recently", "meanwhile"};
    const auto owned = [&](int t) {
      for (int c = 0; c < t; ++c)
        if (s.Head(c) == t && s.At(c).deprel == "nmod:poss") return true;
      return false;
    };
    const auto when = [&](int t) {
      const std::string lemma = nlp::Lower(s.At(t).lemma);
      return nlp::IsCalendarWord(lemma) || (IsSpeechOccasion(lemma) && s.HasChild(t, "case") &&
                                            (s.HasChild(t, "det") || owned(t)));
    };
    // The report: the verb's clausal complement after it.
    const auto report = [&](int clause) {
      return clause >= 0 && s.Head(clause) == verb && BaseRel(s.At(clause)) == "ccomp";
    };
    if (s.At(time).upos == "ADV" && FormIsOneOf(s.At(time), kSayingAdverbs) &&
        s.Leftmost(time) == time && s.Rightmost(time) == time && report(s.Head(time)) &&
        BaseRel(s.At(time)) == "advmod") {
      const int clause = s.Head(time);
      bool later = false;
      for (int t = time + 1; t < clause && !later; ++t)
        later = s.Head(t) == clause && (BaseRel(s.At(t)) == "nsubj" || BaseRel(s.At(t)) == "mark");
      if (later) s.Attach(time, verb, "advmod");
      continue;
    }
    // "said last week exports would rise", "said earlier this month cotton output would be"
    // parsed with the day word a compound of the report's subject: the period ("last week",
    // "this month", after "earlier" hung on the verb) is the saying's time.
    {
      int day = time;
      if (s.At(day).upos == "ADV" && nlp::Lower(s.At(day).form) == "earlier") ++day;
      static constexpr std::array<std::string_view, 4> kDeictic = {"last", "this", "next", "past"};
      const int first = day;
      if (day < s.size() && FormIsOneOf(s.At(day), kDeictic)) ++day;
      int subject = day + 1 < s.size() ? s.Head(day) : -1;
      for (int steps = 0; subject > day && BaseRel(s.At(subject)) == "compound" && steps < 4;
           ++steps)
        subject = s.Head(subject);
      if (day > first && day < s.size() && nlp::IsCalendarWord(nlp::Lower(s.At(day).lemma)) &&
          BaseRel(s.At(day)) == "compound" && subject > day && BaseRel(s.At(subject)) == "nsubj" &&
          report(s.Head(subject))) {
        s.Attach(first, day, s.At(first).upos == "DET" ? "det" : "amod");
        if (time < first) s.Attach(time, day, "advmod");
        // Words the parse hung on the day word after it ("1986/87" of "this month 1986/87
        // cotton output") are the subject's.
        for (int c = day + 1; c < subject; ++c)
          if (s.Head(c) == day) s.Attach(c, subject, "compound");
        s.Attach(day, verb, "obl:tmod");
        continue;
      }
    }
    int head = time;
    while (head < s.size() && !when(head) && head < time + 7) ++head;
    if (head >= s.size() || !when(head) || s.Leftmost(head) != time || s.Rightmost(head) != head)
      continue;
    const int clause = s.Head(head);
    const std::string_view rel = BaseRel(s.At(head));
    if (!report(clause) || (rel != "nsubj" && rel != "obl" && rel != "nmod")) continue;
    bool later_subject = false;
    for (int t = head + 1; t < clause && !later_subject; ++t)
      later_subject = s.Head(t) == clause && BaseRel(s.At(t)) == "nsubj";
    if (later_subject) s.Attach(head, verb, s.HasChild(head, "case") ? "obl" : "obl:tmod");
  }
}

}  // namespace

void RepairReportingTimes(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
