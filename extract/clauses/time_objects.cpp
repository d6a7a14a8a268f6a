#include "extract/clauses/time_objects.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/dep_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

// Parts of the day and periods of the calendar.
constexpr std::array<std::string_view, 14> kPeriods = {
    "morning", "afternoon", "evening", "night",  "week",   "weekend", "month",
    "year",    "quarter",   "day",     "decade", "season", "spring",  "autumn"};

// The words that name a period as now, then or next: "this afternoon", "last week".
constexpr std::array<std::string_view, 11> kDeictics = {"this",     "that",    "last", "next",
                                                        "each",     "every",   "past", "coming",
                                                        "previous", "current", "same"};

// Words that are a time on their own.
constexpr std::array<std::string_view, 4> kDayWords = {"today", "tonight", "yesterday", "tomorrow"};

// Rates of change over a period: "rose 2.0 pct quarter-on-quarter".
constexpr std::array<std::string_view, 8> kRates = {
    "quarter-on-quarter", "year-on-year",         "month-on-month",   "week-on-week",
    "year-over-year",     "quarter-over-quarter", "month-over-month", "day-on-day"};

// Verbs whose object may well be a period: "spent the week in Paris", "marked the year".
constexpr std::array<std::string_view, 9> kPeriodVerbs = {
    "spend", "mark", "end", "begin", "start", "close", "open", "finish", "celebrate"};

bool LemmaIn(const nlp::Token& t, const auto& words) {
  return std::find(words.begin(), words.end(), nlp::Lower(t.lemma)) != words.end();
}

// Verbs of saying whose object is never what was said ("said the stocks" is no sentence).
constexpr std::array<std::string_view, 10> kSayings = {"say",  "said", "says",  "saying", "tell",
                                                       "told", "add",  "added", "note",   "noted"};

// A period named as now, then or next: its head a period noun with a deictic det or amod.
bool IsDeicticPeriod(const TokenTree& s, int n) {
  if (s.At(n).upos != "NOUN" || !LemmaIn(s.At(n), kPeriods)) return false;
  for (int c = 0; c < n; ++c) {
    if (s.Head(c) != n) continue;
    const std::string_view rel = BaseRel(s.At(c));
    if ((rel == "det" || rel == "amod") && FormIsOneOf(s.At(c), kDeictics)) return true;
  }
  return false;
}

// A weekday, bare or named as now, then or next ("released Thursday", "imposed last Friday"):
// a time, whatever the verb (the node "last Friday" was judged wrong as what was imposed).
bool IsWeekdayTime(const TokenTree& s, int n) {
  if (s.At(n).upos != "PROPN" || !nlp::IsWeekdayName(nlp::Lower(s.At(n).form))) return false;
  for (int c = 0; c < s.size(); ++c) {
    if (s.Head(c) != n) continue;
    const std::string_view rel = BaseRel(s.At(c));
    if ((rel == "det" || rel == "amod") && !FormIsOneOf(s.At(c), kDeictics)) return false;
    if (rel == "nmod:poss" || rel == "compound" || rel == "nummod") return false;
  }
  return true;
}

// "for the first time", "for the last time".
bool IsOrdinalTime(const TokenTree& s, int n) {
  static constexpr std::array<std::string_view, 6> kRanks = {"first",  "second", "third",
                                                             "fourth", "last",   "final"};
  if (nlp::Lower(s.At(n).lemma) != "time") return false;
  const int marker = s.Child(n, "case");
  const int rank = s.Child(n, "amod");
  return marker >= 0 && nlp::Lower(s.At(marker).form) == "for" && rank >= 0 &&
         FormIsOneOf(s.At(rank), kRanks);
}

// The verb a token hangs under, through any nouns and modifiers; -1 when none is before it.
int VerbAbove(const TokenTree& s, int n) {
  int up = s.Head(n);
  for (int steps = 0; up >= 0 && steps < s.size() && s.At(up).upos != "VERB"; ++steps)
    up = s.Head(up);
  return up >= 0 && up < n ? up : -1;
}

// "during the year ending May 1, 1986" with "ending" an adverbial of the clause: a participle of
// ending or beginning right after a period noun is that period's.
bool IsPeriodBound(const TokenTree& s, int n) {
  static constexpr std::array<std::string_view, 3> kBounds = {"end", "begin", "start"};
  const nlp::Token& t = s.At(n);
  const std::string_view rel = BaseRel(t);
  const bool participle = t.xpos == "VBG" || t.xpos == "VBN" || t.xpos == "VBD";
  const bool misplaced = rel == "advcl" || rel == "parataxis" || rel == "conj" || rel == "xcomp" ||
                         rel == "ccomp" || rel == "dep";
  if (n < 1 || !participle || !misplaced || !LemmaIn(t, kBounds) || s.Head(n) == n - 1)
    return false;
  const nlp::Token& period = s.At(n - 1);
  // A year named by its number ("for fiscal 1987 starting April 1", "in 1986/87 ending June").
  const std::string& f = period.form;
  const bool year =
      period.upos == "NUM" && f.size() >= 4 && f[0] >= '1' && f[0] <= '2' &&
      std::all_of(f.begin(), f.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
  return year || (period.upos == "NOUN" &&
                  (LemmaIn(period, kPeriods) || nlp::Lower(period.lemma) == "period"));
}

// A clause (ccomp or parataxis) of the participle at n that lacks its subject: one without any
// ("ended September 30, 1986 should no longer be relied upon"), or one whose subject starts right
// after the participle, the date the parse read as that clause's subject ("ended Feb 28 was 2,554
// billion"). The clause and that date (-1 for a clause without a subject), or {-1, -1}.
std::pair<int, int> ClauseOfDate(const TokenTree& s, int n) {
  for (int c = n + 1; c < s.size(); ++c) {
    const std::string_view rel = BaseRel(s.At(c));
    const int subject = s.Child(c, "nsubj");
    if (s.Head(c) == n && (rel == "ccomp" || rel == "parataxis")) {
      if (subject < 0 && !s.HasChild(c, "csubj") && !s.HasChild(c, "expl")) return {c, -1};
      if (subject >= 0 && subject < c && s.Leftmost(subject) == n + 1) return {c, subject};
    }
    // "the earnings rise for the quarter ended January 28 to 285 mln dlrs from 10.5 mln dlrs
    // resulted from ..." with "resulted" hung on the last amount: a finite verb without a subject
    // deeper in the participle's phrase.
    const std::string& xpos = s.At(c).xpos;
    if (s.Head(c) != n && s.Dominates(n, c) && rel == "acl" &&
        (xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") && subject < 0 &&
        !s.HasChild(c, "mark") && !s.HasChild(c, "aux"))
      return {c, -1};
  }
  return {-1, -1};
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 0; n < s.size(); ++n) {
    const nlp::Token& t = s.At(n);
    const std::string_view rel = BaseRel(t);
    if (IsPeriodBound(s, n)) {
      const std::vector<nlp::Token> kept = tokens;
      const int old_head = s.Head(n);
      const std::string old_rel = t.deprel;
      // "reported earnings of its units for the six month period ended December 31" parsed with
      // the earnings the participle's subject: that subject, which holds the period, takes the
      // participle's place, as the object of a verb that has none ("reported", "will post"; not
      // of "said", whose clause it stays); the participle's obliques after it go with it ("will
      // report a loss for the year ended January 25, due to losses").
      if (const int subject = s.Child(n, "nsubj");
          subject >= 0 && subject < n && s.Dominates(subject, n - 1)) {
        if (const auto [clause, date] = ClauseOfDate(s, n); clause >= 0) {
          // "said power production in the 52 weeks ended Feb 28 was 2,554 billion kilowatt
          // hours" parsed with "Feb 28" the subject of "was": the date is what the period ended,
          // the phrase is the clause's subject, and the clause takes the participle's place.
          std::string subject_rel = s.HasChild(clause, "aux:pass") ? "nsubj:pass" : "nsubj";
          if (date >= 0) {
            subject_rel = s.At(date).deprel;
            s.Attach(date, n, "obj");
          }
          s.Attach(subject, clause, subject_rel);
          s.Attach(clause, old_head, old_rel);
        } else {
          const bool object = BaseRel(t) == "ccomp" && old_head >= 0 &&
                              s.At(old_head).upos == "VERB" && !s.HasChild(old_head, "obj") &&
                              !FormIsOneOf(s.At(old_head), kSayings);
          s.Attach(subject, old_head, object ? "obj" : old_rel);
          if (object)
            for (int c = n + 1; c < s.size(); ++c)
              if (s.Head(c) == n && (BaseRel(s.At(c)) == "obl" || BaseRel(s.At(c)) == "advcl"))
                s.Attach(c, old_head, s.At(c).deprel);
        }
      }
      // Not when the period hangs below the participle otherwise: the tree would loop.
      s.Attach(n, n - 1, "acl");
      if (!nlp::FormsTree(tokens)) {
        tokens = kept;
        continue;
      }
      // A clause with its own subject hung on the participle ("said during the nine weeks of
      // 1987 ended March six it managed 57 deals") is the old head's, not the period's.
      for (int c = n + 1; c < s.size(); ++c) {
        const std::string_view c_rel = BaseRel(s.At(c));
        if (s.Head(c) == n && (c_rel == "parataxis" || c_rel == "ccomp") && s.HasChild(c, "nsubj"))
          s.Attach(c, old_head, s.At(c).deprel);
      }
      continue;
    }
    if (FormIsOneOf(t, kRates)) {
      if (rel == "obj" || rel == "obl" || rel == "nmod" || rel == "compound" || rel == "amod" ||
          rel == "appos")
        if (const int verb = VerbAbove(s, n); verb >= 0) s.Attach(n, verb, "advmod");
      continue;
    }
    const int head = s.Head(n);
    // "Yesterday, Boyd Jefferies, former chairman of Jefferies and Co, said ..." parsed with the
    // day the subject and the name its apposition: the name is the subject.
    if (rel == "nsubj" && FormIsOneOf(t, kDayWords) && s.Child(n, "det") < 0 && head > n) {
      const int name = s.Child(n, "appos");
      if (name < 0 || !IsNominal(s.At(name))) continue;
      s.Attach(name, head, t.deprel);
      for (int c = name + 1; c < s.size(); ++c)
        if (s.Head(c) == n && BaseRel(s.At(c)) == "appos") s.Attach(c, name, "appos");
      for (int c = 0; c < s.size(); ++c)
        if (s.Head(c) == n && BaseRel(s.At(c)) == "punct" && c > n) s.Attach(c, name, "punct");
      s.Attach(n, head, "obl:tmod");
      continue;
    }
    if (rel == "obj") {
      if (head < 0 || head > n || s.At(head).upos != "VERB") continue;
      if (!IsWeekdayTime(s, n) &&
          (LemmaIn(s.At(head), kPeriodVerbs) ||
           (!IsDeicticPeriod(s, n) && !(FormIsOneOf(t, kDayWords) && s.Child(n, "det") < 0))))
        continue;
      s.Attach(n, head, "obl:tmod");
      for (int c = n + 1; c < s.size(); ++c)
        if (s.Head(c) == n && BaseRel(s.At(c)) == "nmod" && s.HasChild(c, "case"))
          s.Attach(c, head, "obl");
      continue;
    }
    if (rel != "nmod" || !s.HasChild(n, "case") || !(IsDeicticPeriod(s, n) || IsOrdinalTime(s, n)))
      continue;
    // Up through the nouns the phrase hangs in to the object of a verb.
    int up = head;
    for (int steps = 0;
         up >= 0 && steps < s.size() && BaseRel(s.At(up)) == "nmod" && IsNominal(s.At(up)); ++steps)
      up = s.Head(up);
    if (up < 0 || up > n) continue;
    const std::string_view up_rel = BaseRel(s.At(up));
    if (up_rel != "obj" && up_rel != "iobj") continue;
    const int verb = s.Head(up);
    if (verb < 0 || s.At(verb).upos != "VERB" || verb > up) continue;
    s.Attach(n, verb, "obl");
  }
}

// "unveiled his proposals to the creditor banks in New York yesterday" parsed with "yesterday" the
// noun of "in" and "New York" its compound (the node "major creditor banks in New York
// yesterday"): a bare day word that heads a phrase whose words before it are a name's (an entity
// span) gives the name its place and hangs on the verb above as a time (obl:tmod).
void RepairDayHeadedNames(const TokenTree& s, int n) {
  const nlp::Token& day = s.At(n);
  if (!FormIsOneOf(day, kDayWords) || n == 0 || s.Child(n, "det") >= 0) return;
  const int name = n - 1;
  const std::string& tag = s.At(name).entity;
  if (s.Head(name) != n || tag.size() < 3 || tag == "O" || BaseRel(s.At(name)) != "compound")
    return;
  const int verb = VerbAbove(s, n);
  if (verb < 0) return;
  s.Attach(name, s.Head(n), day.deprel);
  for (int c = 0; c < s.size(); ++c)
    if (c != name && s.Head(c) == n && c < n) s.At(c).head = name + 1;
  s.Attach(n, verb, "obl:tmod");
}

// "Last July the bank holding company reached ..." parsed with "Last July" a compound of
// "company": a date the recogniser tagged, before the determiner of the noun it hangs on, is no
// word of that noun's phrase (a determiner opens one); it dates the verb the noun is an argument
// of (obl:tmod).
void RepairFrontedDates(const TokenTree& s, int n) {
  const nlp::Token& date = s.At(n);
  const int noun = s.Head(n);
  if (BaseRel(date) != "compound" || !date.entity.ends_with("DATE") || noun <= n) return;
  const int det = s.Child(noun, "det");
  if (det <= n || det >= noun) return;
  const int verb = s.Head(noun);
  if (verb < 0 || s.At(verb).upos != "VERB") return;
  s.Attach(n, verb, "obl:tmod");
}

// "told reporters the 7.3 pct drop in Tokyo stock prices this morning was caused by ..." parsed
// with the drop a second object of "told" and "this morning" the report's subject: a time named
// as now or then (a deictic period or a bare day word) that is the subject of a verb of saying's
// clausal complement, right after a noun hung on the saying as its object, is the report's time
// (obl:tmod) and the noun its subject.
void RepairTimedReportSubjects(const TokenTree& s, int n) {
  const std::string_view rel = BaseRel(s.At(n));
  if (rel != "nsubj" || !(IsDeicticPeriod(s, n) || FormIsOneOf(s.At(n), kDayWords))) return;
  const int report = s.Head(n);
  if (report < 0 || BaseRel(s.At(report)) != "ccomp") return;
  const int verb = s.Head(report);
  if (verb < 0 || !LemmaIn(s.At(verb), kSayings)) return;
  const int first = s.Leftmost(n);
  for (int noun = verb + 1; noun < first; ++noun) {
    const std::string_view role = BaseRel(s.At(noun));
    if (s.Head(noun) != verb || (role != "obj" && role != "iobj") || !IsNominal(s.At(noun)) ||
        s.Rightmost(noun) + 1 != first)
      continue;
    // The first object of "told" is whom it was told to; the report's subject is a later one.
    if (s.At(noun).deprel == "iobj" && s.Child(verb, "obj") < 0 && noun == verb + 1) continue;
    const std::string subject = s.At(n).deprel;
    s.Attach(noun, report, subject);
    s.Attach(n, report, "obl:tmod");
    return;
  }
}

}  // namespace

void RepairTimeObjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s.tokens);
    const TokenTree tree(s.tokens);
    for (int n = 0; n < tree.size(); ++n) {
      RepairDayHeadedNames(tree, n);
      RepairFrontedDates(tree, n);
      RepairTimedReportSubjects(tree, n);
    }
  }
}

}  // namespace kg::extract
