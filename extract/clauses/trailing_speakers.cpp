#include "extract/clauses/trailing_speakers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

constexpr int kMaxSpeakerWords = 6;

constexpr int kMaxWordsAfterSpeech = 8;

bool IsNoun(const nlp::Token& t) {
  return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON";
}

}  // namespace

int FinalSpeechVerb(const std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> const nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  int words = 0;
  for (int verb = n - 1; verb >= 0 && words <= kMaxWordsAfterSpeech; --verb) {
    if (at(verb).upos == "PUNCT") continue;
    if (at(verb).upos == "VERB" && IsSpeechVerb(at(verb).lemma)) {
      bool own = true;
      for (int c = verb + 1; c < n && own; ++c) {
        // "..., he said the figure might be greater": what follows is what it says.
        // "..., he told Reuters.": the one told is no complement.
        const bool told = nlp::IsRel(at(c), "obj") && at(verb).lemma == "tell" &&
                          at(c).upos != "VERB" && at(c).upos != "NUM";
        if (at(c).head == verb + 1 &&
            (nlp::IsRel(at(c), "ccomp") || (nlp::IsRel(at(c), "obj") && !told) ||
             nlp::IsRel(at(c), "xcomp") || nlp::IsRel(at(c), "parataxis")))
          return -1;
        int h = c;
        for (int steps = 0; h >= 0 && h != verb && steps <= n; ++steps) h = at(h).head - 1;
        own = h == verb || at(c).upos == "PUNCT";
      }
      return own ? verb : -1;
    }
    ++words;
  }
  return -1;
}

namespace {

// The first word of a speaker's phrase: the run of words right before it that hang on it, at
// any depth ("the" and "political" of "the political analysts", "finance" of "finance minister
// Cesar Gaviria" through "minister"); a comma ends it.
int SubjectStart(const std::vector<nlp::Token>& tokens, int subject) {
  const auto below = [&](int c) {
    int h = c;
    for (std::size_t steps = 0; h >= 0 && h != subject && steps <= tokens.size(); ++steps)
      h = tokens[static_cast<std::size_t>(h)].head - 1;
    return h == subject;
  };
  int first = subject;
  for (int c = subject - 1;
       c >= 0 && tokens[static_cast<std::size_t>(c)].upos != "PUNCT" && below(c); --c)
    first = c;
  return first;
}

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 2) return;
  int comma = verb - 1;
  while (comma >= 0 && at(comma).form != ",") --comma;
  // A subject the parse took from inside the report ("... has given support in principle to
  // ..., Treasurer Paul Keating said." with "support" the subject of "said" and the treasurer an
  // apposition of a noun of the report) goes back to the report when a name stands between the
  // comma and the verb: the report's object when its verb, before it, has none.
  int inner = -1;
  int report = -1;
  for (int c = 0; c < n; ++c) {
    if (at(c).head != verb + 1) continue;
    if (nlp::IsRel(at(c), "nsubj")) {
      if (comma < 0 || c > comma || inner >= 0) return;
      inner = c;
    }
    if (nlp::IsRel(at(c), "ccomp") && c < comma && report < 0) report = c;
  }
  // "Damon expects to report \"significantly better\" profits this year ..., Damon president Joe
  // Isola said." with "said" hung on "report" as its complement: the verb it hangs on is the
  // report's.
  if (inner >= 0 && report < 0 && at(verb).head - 1 >= 0 && at(verb).head - 1 < comma &&
      at(at(verb).head - 1).upos == "VERB")
    report = at(verb).head - 1;
  if (inner >= 0) {
    bool named = false;
    for (int k = comma + 1; k < verb; ++k)
      named =
          named || (at(k).upos == "PROPN" && at(k).entity.ends_with("PERSON")) ||
          // "... to repair strained relations, EC diplomats said." with the speakers a
          // conjunct of the report's noun, or of another noun of the report ("... agreed new
          // terms covering repayments of 14 billion dlrs of debt, banking sources said." with
          // "sources" a conjunct of "dlrs"), no coordinator between them.
          (at(k).head >= 1 && at(k).head - 1 < comma && nlp::IsRel(at(k), "conj") &&
           IsNoun(at(k)) && std::none_of(tokens.begin(), tokens.end(), [&](const nlp::Token& t) {
             return t.head == k + 1 && nlp::IsRel(t, "cc");
           }));
    // A name before the comma is the speaker with its description after it ("Rastam Hadi,
    // Petronas's Vice-President, said"), no word of the report.
    if (!named || report < 0 || inner < report || at(inner).upos != "NOUN") return;
  }
  // A bracketed acronym after the name is part of the phrase ("the Energy Information
  // Administration (EIA) said"), not counted among its words, brackets and all.
  const auto bracket = [&](int k) { return at(k).form == "(" || at(k).form == ")"; };
  std::vector<bool> bracketed(static_cast<std::size_t>(n), false);
  for (int k = comma + 1, depth = 0; k >= 1 && k < verb; ++k) {
    if (at(k).form == "(") ++depth;
    bracketed[static_cast<std::size_t>(k)] = depth > 0 || bracket(k);
    if (at(k).form == ")" && depth > 0) --depth;
  }
  // A firm's name counts as one word ("lead managers Deutsche Bank AG and Dresdner Bank AG said":
  // the speakers' list had been too long to read).
  int words = 0;
  for (int k = comma + 1; k >= 1 && k < verb; ++k)
    words += bracketed[static_cast<std::size_t>(k)] || at(k).entity == "I-ORGANIZATION" ? 0 : 1;
  if (comma < 0 || words > kMaxSpeakerWords || words < 1) return;
  const std::vector<nlp::Token> before = tokens;  // restored if the repair would make a loop
  if (inner >= 0) {
    bool object = false;
    for (int c = 0; c < n; ++c)
      object = object || (at(c).head == report + 1 && nlp::IsRel(at(c), "obj"));
    at(inner).head = report + 1;
    at(inner).deprel = object ? "dep" : "obj";
  }
  int subject = -1;
  std::vector<int> acronyms;  // bracketed words the parse hung outside the phrase
  for (int k = comma + 1; k < verb; ++k) {
    const nlp::Token& t = at(k);
    if (bracket(k)) continue;
    if (bracketed[static_cast<std::size_t>(k)]) {
      if (t.head - 1 <= comma || t.head - 1 >= verb) acronyms.push_back(k);
      continue;
    }
    // Not a noun phrase: nothing changes (the inner subject stays where the parse put it).
    if (t.upos == "VERB" || t.upos == "AUX" || t.upos == "PUNCT" || t.upos == "ADP") {
      tokens = before;
      return;
    }
    const bool inside = t.head - 1 > comma && t.head - 1 < verb;
    if (inside) continue;
    if (!IsNoun(t)) {
      tokens = before;
      return;
    }
    if (subject < 0) {
      subject = k;
    } else {
      at(k).head = subject + 1;
      at(k).deprel = "conj";
    }
  }
  if (subject < 0) {
    tokens = before;
    return;
  }
  at(subject).head = verb + 1;
  at(subject).deprel = "nsubj";
  for (const int k : acronyms) {
    at(k).head = subject + 1;
    at(k).deprel = "appos";
  }
  at(comma).head = verb + 1;
  // A verb inside the subject's phrase cannot take it: the tree would loop.
  if (!nlp::FormsTree(tokens)) tokens = before;
}

// "\"There are conditions ...,\" auditors said in the report." parsed with "said" a ccomp of
// the quotation's verb: a verb of saying with a subject of its own, right after the closing
// quotation mark, that ends the sentence (its phrase then only punctuation), governs the quote.
void InvertQuoteAndSpeech(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  int root = -1;
  for (int c = 0; c < n; ++c)
    if (at(c).head == 0) root = c;
  const auto is_mark = [&](int c) {
    return at(c).form == "\"" || at(c).form == "\xE2\x80\x9D" || at(c).form == "\xE2\x80\x9C";
  };
  for (int verb = 1; verb < n; ++verb) {
    nlp::Token& said = at(verb);
    const int head = said.head - 1;
    if (said.upos != "VERB" || !IsSpeechVerb(said.lemma) || head < 0 || head > verb || root < 0 ||
        root > verb)
      continue;
    // Hung on the quotation's verb as its complement, or, when the quotation opens the sentence,
    // as a relative clause or adverbial of a word inside it ("\"Velora will cut jobs,\" the
    // spokesman said" with "said" a relative clause of "jobs").
    const bool on_root =
        head == root && (nlp::IsRel(said, "ccomp") || nlp::IsRel(said, "parataxis"));
    const bool inside = is_mark(0) && (nlp::IsRel(said, "acl") || nlp::IsRel(said, "advcl") ||
                                       nlp::IsRel(said, "ccomp") || nlp::IsRel(said, "parataxis"));
    if (!on_root && !inside) continue;
    const int quote = root;
    int subject = -1;
    for (int c = 0; c < n; ++c)
      if (at(c).head == verb + 1 && nlp::IsRel(at(c), "nsubj")) subject = subject < 0 ? c : subject;
    if (subject < 0 || subject > verb) continue;
    // The subject's first word right after the closing mark (a comma may come before the mark).
    int first = subject;
    for (int c = 0; c < subject; ++c) {
      int h = c;
      for (int steps = 0; h >= 0 && h != subject && h != verb && steps <= n; ++steps)
        h = at(h).head - 1;
      if (h == subject && c < first && at(c).upos != "PUNCT") first = c;
    }
    const int mark = first - 1;
    if (mark < 1 || (at(mark).form != "\"" && at(mark).form != "\xE2\x80\x9D")) continue;
    // A closing mark: "John Smith said, \"I think it is unlikely.\"" has the speech verb's own
    // quotation open right before "I", and turned round it had "I" think "John Smith said".
    // An opening mark is written against the word after it and apart from the one before (the
    // tagger calls some closing marks `` too, and a quotation carried on from the last paragraph
    // has only its closing mark).
    const bool opening = at(mark).form == "\xE2\x80\x9C" ||
                         (at(mark + 1).start == at(mark).end && at(mark - 1).end < at(mark).start);
    if (opening) continue;
    // Nothing after the verb but its own words and punctuation.
    bool ends = true;
    for (int c = verb + 1; c < n && ends; ++c) {
      int h = c;
      for (int steps = 0; h >= 0 && h != verb && steps <= n; ++steps) h = at(h).head - 1;
      ends = h == verb || at(c).upos == "PUNCT";
    }
    if (!ends) continue;
    said.head = 0;
    said.deprel = "root";
    at(quote).head = verb + 1;
    at(quote).deprel = "ccomp";
    for (int c = 0; c < n; ++c)
      if (c != verb && at(c).head == quote + 1 && at(c).upos == "PUNCT" && c > verb)
        at(c).head = verb + 1;
    return;
  }
}

// "Toll charges will not rise in 1988, Dennis McAuliffe said." parsed with "said" a conjunct of
// "rise" (and "1988" hung on "said"): a verb of saying that ends the sentence, is a conjunct with
// no coordinator (or the root's ccomp or parataxis), and has a subject of its own right after a
// comma, governs the clause before it. What the parse hung on it before that comma goes back to the
// clause, and a coordinated second clause it took as its complement ("... and is due back on
// Monday, sources said") is the clause's conjunct.
void InvertConjoinedSpeech(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  int clause = at(verb).head - 1;
  if (clause < 0 || clause >= verb) return;
  const int origin = clause;  // the word the verb hung on, before any climb
  // An open complement's clause is the sentence's ("helped push the price down, analysts said"
  // with "said" an xcomp of "push", "must devalue the peso if it wants exports to remain
  // competitive, Monsod told Reuters" with "told" one of "remain"): the speech verb takes the
  // place of the root before it ("helped", "devalue"). So does a complement hung on a clause
  // below the root ("rose 20 pct ..., while imports soared 25 pct ..., Statistics Canada said"
  // with "said" a ccomp of "soared"). A root the tagger took for a noun ("could have cost" with
  // "cost" a NOUN) is no clause to take.
  const bool below_root =
      (nlp::IsRel(at(verb), "ccomp") || nlp::IsRel(at(verb), "parataxis")) && at(clause).head != 0;
  if (nlp::IsRel(at(verb), "xcomp") || below_root) {
    int top = clause;
    for (int steps = 0; steps < n && at(top).head >= 1 && at(top).head - 1 < top; ++steps)
      top = at(top).head - 1;
    bool copula = false;  // "is determined to ride out ...": an adjective with its copula
    for (int c = 0; c < top; ++c)
      copula = copula || (at(c).head == top + 1 && nlp::IsRel(at(c), "cop"));
    if (at(top).upos == "VERB" || copula) clause = top;
  }
  // Or the sentence's root's complement ("The grade was less affected because buyers saw a
  // benefit, they added." with "added" a ccomp of "affected" and the "because" clause on it).
  // Or its open complement ("... will not affect the situation, minister Gaviria told Reuters."
  // with "told" an xcomp of "affect" and the minister an apposition of its object).
  if (!nlp::IsRel(at(verb), "conj") && !nlp::IsRel(at(verb), "xcomp") &&
      !((nlp::IsRel(at(verb), "ccomp") || nlp::IsRel(at(verb), "parataxis")) &&
        at(clause).head == 0))
    return;
  // The clause is a verb's or a copula's ("the situation is complicated, ..., analysts added").
  bool copula = false;
  for (int c = 0; c < clause; ++c)
    copula = copula || (at(c).head == clause + 1 && nlp::IsRel(at(c), "cop"));
  if (at(clause).upos != "VERB" && !copula) return;
  int subject = -1;
  int second = -1;  // "and is due back ...": a second clause of the report hung on the verb
  int coordinator = -1;
  for (int c = 0; c < n; ++c) {
    if (at(c).head != verb + 1) continue;
    if (nlp::IsRel(at(c), "obj") && !(c > verb && at(verb).lemma == "tell")) return;
    if (nlp::IsRel(at(c), "cc")) {
      if (coordinator >= 0) return;
      coordinator = c;
    }
    if (nlp::IsRel(at(c), "ccomp")) {
      if (second >= 0) return;
      second = c;
    }
    if (nlp::IsRel(at(c), "nsubj") && subject < 0) subject = c;
  }
  if (subject < 0 || subject > verb) return;
  // "..., Statistics Canada said" with "Statistics" a conjunct of the noun before the comma: up to
  // three capitalised nouns with nothing of their own between a comma and the subject's phrase
  // are the subject's front.
  const std::vector<nlp::Token> unrepaired = tokens;
  {
    const int first = SubjectStart(tokens, subject);
    int k = first - 1;
    const auto bare = [&](int t) {  // punctuation aside (the comma may hang on it)
      for (int c = 0; c < n; ++c)
        if (at(c).head == t + 1 && at(c).upos != "PUNCT") return false;
      return true;
    };
    while (k > 0 && first - k <= 3 && (at(k).upos == "PROPN" || at(k).upos == "NOUN") &&
           std::isupper(static_cast<unsigned char>(at(k).form[0])) != 0 && bare(k))
      --k;
    if (k >= 1 && k < first - 1 && at(k).form == ",")
      for (int t = k + 1; t < first; ++t) {
        at(t).head = subject + 1;
        at(t).deprel = "compound";
      }
  }
  // "..., chairman and chief executive Kevan Gosper said" with "chairman" hung on the clause
  // and "and" on the verb: a person's title and a coordinator between the comma and the
  // subject's phrase are the name's (the coordinator joins the title to the words after it).
  if (const int first = SubjectStart(tokens, subject);
      first >= 3 && at(first - 1).upos == "CCONJ" && at(first - 3).form == "," &&
      nlp::Gazetteer::IsPersonTitle(at(first - 2).form)) {
    at(first - 2).head = subject + 1;
    at(first - 2).deprel = "compound";
    at(first - 1).head = first - 1;  // 1-based: the title
    at(first - 1).deprel = "cc";
    if (coordinator == first - 1) coordinator = -1;
  }
  const int comma = SubjectStart(tokens, subject) - 1;
  if (comma < 1 || at(comma).form != ",") {
    tokens = unrepaired;
    return;
  }
  // "Okongwu left Paris and is due back on Monday, diplomatic sources said." parsed with "and"
  // and "due" on "said": the two clauses before the comma are one report, coordinated.
  if ((coordinator >= 0) != (second >= 0) ||
      (second >= 0 && !(clause < coordinator && coordinator < second && second < comma))) {
    tokens = unrepaired;
    return;
  }
  nlp::Token& said = at(verb);
  said.head = at(clause).head;
  said.deprel = at(clause).deprel;
  at(clause).head = verb + 1;
  at(clause).deprel = "ccomp";
  // What follows the coordinator is the second clause's ("is" and "on Monday" of "and is due
  // back on Monday"), what precedes it the first's.
  // After a climb, what the parse hung on the verb goes back to the word it hung on ("came after
  // the U.S. had signalled ..., banking sources said": the "after" clause is "came"'s).
  for (int c = 0; c < comma; ++c)
    if (c != clause && c != second && at(c).head == verb + 1)
      at(c).head = (second >= 0 && c > coordinator ? second : origin) + 1;
  at(comma).head = verb + 1;
  at(comma).deprel = "punct";
  // Words before the comma the parse hung on the subject are the clause's ("to prove temporary,
  // senior officials said" with "temporary" a modifier of "officials").
  for (int c = 0; c < comma; ++c)
    if (at(c).head == subject + 1) at(c).head = clause + 1;
  if (second >= 0) {
    at(second).head = clause + 1;
    at(second).deprel = "conj";
    at(coordinator).head = second + 1;
  }
  if (!nlp::FormsTree(tokens)) tokens = unrepaired;
}

// "Senior diplomats met envoys in Paris, officials said on Friday." parsed with "met" an advcl
// of "said": a clause before the comma that opens a final verb of saying's subject, with no
// subordinator ("because", "after", "when") of its own and a subject of its own, is what the
// verb reports.
void ReportHungAsAdverbial(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  int subject = -1;
  int report = -1;
  for (int c = 0; c < verb; ++c) {
    if (at(c).head != verb + 1) continue;
    if (nlp::IsRel(at(c), "ccomp") || nlp::IsRel(at(c), "obj")) return;
    if (nlp::IsRel(at(c), "nsubj")) subject = c;
    if (nlp::IsRel(at(c), "advcl") && report < 0) report = c;
  }
  if (subject < 0 || report < 0 || report > subject) return;
  const int first = SubjectStart(tokens, subject);
  if (first < 1 || at(first - 1).form != ",") return;
  bool own_subject = false;
  for (int c = 0; c < n; ++c) {
    if (at(c).head != report + 1) continue;
    if (nlp::IsRel(at(c), "mark")) return;
    own_subject = own_subject || nlp::IsRel(at(c), "nsubj") || nlp::IsRel(at(c), "expl");
  }
  // "Asked whether he foresaw ..., Murakhovsky told Reuters": a participle is no report.
  if (own_subject) at(report).deprel = "ccomp";
}

// "Acme is being awarded two contracts totalling 53 mln dlrs, the Defense Department said."
// parsed with "totalling" an adverbial of "said": "Defense Department -totalling-> 53 mln dlrs".
// A participle (VBG, no subject or marker of its own) hung as an adverbial on the verb of saying
// that ends the sentence, before the comma that opens that verb's subject and right after a noun
// of the report, is that noun's modifier (acl).
void ParticipleHungOnSpeech(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  int comma = verb - 1;
  while (comma > 0 && at(comma).form != ",") --comma;
  if (comma < 2) return;
  for (int p = 1; p < comma; ++p) {
    const nlp::Token& participle = at(p);
    const nlp::Token& noun = at(p - 1);
    if (participle.head != verb + 1 || !nlp::IsRel(participle, "advcl") ||
        participle.xpos != "VBG" || (noun.upos != "NOUN" && noun.upos != "PROPN") ||
        noun.head == verb + 1)
      continue;
    bool own = false;
    for (const nlp::Token& t : tokens)
      own = own || (t.head == p + 1 && (nlp::IsRel(t, "nsubj") || nlp::IsRel(t, "mark")));
    if (own) continue;
    const std::vector<nlp::Token> before = tokens;
    at(p).head = p;  // the noun, 1-based
    at(p).deprel = "acl";
    if (!nlp::FormsTree(tokens)) tokens = before;
  }
}

// "Iran is preparing lawsuits, the radio quoted Aqazadeh as saying." parsed with "quoted" a
// parataxis (or conjunct, or ccomp) of the report's verb: when the verb of saying that ends the
// sentence is "saying" after "as" under "quote" or "cite", which has a subject right after a
// comma and an object, "quote" governs the sentence and the clause before the comma is what
// "saying" reports. What the parse hung on "quote" before the comma goes back to the clause.
void InvertQuotedAsSaying(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int saying = FinalSpeechVerb(tokens);
  if (saying < 4 || at(saying).xpos != "VBG") return;
  const int quote = at(saying).head - 1;
  if (quote < 0 || quote > saying || !IsQuotingVerb(at(quote).lemma)) return;
  // "... in the seven year plan, the agency quoted Li as saying." parsed with "quoted" the root
  // and the report its complement: the report is what "saying" reports.
  if (at(quote).head == 0) {
    int report = -1;
    for (int c = 0; c < quote; ++c)
      if (at(c).head == quote + 1 && nlp::IsRel(at(c), "ccomp") && report < 0) report = c;
    bool as = false;
    for (int c = quote + 1; c < saying; ++c)
      as = as || (at(c).head == saying + 1 && at(c).lemma == "as");
    if (report >= 0 && as) {
      at(report).head = saying + 1;
      at(report).deprel = "ccomp";
    }
    return;
  }
  const int clause = at(quote).head - 1;
  if (clause < 0 || clause > quote || at(clause).head != 0 ||
      !(nlp::IsRel(at(quote), "parataxis") || nlp::IsRel(at(quote), "conj") ||
        nlp::IsRel(at(quote), "ccomp")))
    return;
  int subject = -1;
  bool as = false;
  bool object = false;
  for (int c = 0; c < n; ++c) {
    if (at(c).head == quote + 1 && nlp::IsRel(at(c), "nsubj") && subject < 0) subject = c;
    if (at(c).head == quote + 1 && nlp::IsRel(at(c), "obj")) object = true;
    if (at(c).head == saying + 1 && nlp::IsRel(at(c), "mark") && at(c).lemma == "as") as = true;
  }
  if (subject < 0 || subject > quote || !as || !object) return;
  const int comma = SubjectStart(tokens, subject) - 1;
  if (comma < 1 || at(comma).form != ",") return;
  const std::vector<nlp::Token> before = tokens;
  at(quote).head = 0;
  at(quote).deprel = "root";
  at(clause).head = saying + 1;
  at(clause).deprel = "ccomp";
  for (int c = 0; c < n; ++c) {
    if (c == clause || c == quote) continue;
    if (c < comma && at(c).head == quote + 1) at(c).head = clause + 1;
    // The closing punctuation is the new root's.
    if (c > saying && at(c).head == clause + 1 && at(c).upos == "PUNCT") at(c).head = quote + 1;
  }
  at(comma).head = quote + 1;
  at(comma).deprel = "punct";
  if (!nlp::FormsTree(tokens)) tokens = before;
}

// "Refinery runs were 12.21 mln bpd, up 2.2 pct from a year earlier, it said." parsed with "said"
// a relative clause of "earlier", and "... in Paris today, foreign exchange dealers said." with
// "dealers" a parataxis of the clause and "said" its participle (acl): a verb of saying that ends
// the sentence, hung as an acl or relative clause on a noun, whose subject (its own nsubj, or the
// noun it hangs on) starts right after a comma, governs the clause before that comma. The
// sentence's root becomes its ccomp, the subject its nsubj.
void SpeechHungOnNoun(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3 || !nlp::IsRel(at(verb), "acl")) return;  // acl and acl:relcl
  int root = -1;
  int subject = -1;
  for (int c = 0; c < n; ++c) {
    if (at(c).head == 0) root = c;
    if (at(c).head == verb + 1 && (nlp::IsRel(at(c), "obj") || nlp::IsRel(at(c), "ccomp"))) return;
    if (at(c).head == verb + 1 && nlp::IsRel(at(c), "nsubj") && subject < 0) subject = c;
  }
  const int noun = at(verb).head - 1;
  const bool own_subject = subject >= 0;
  if (!own_subject) subject = noun;  // "dealers said": the noun is the one saying
  // "..., the head of Indonesia's Association of Private Banks told Reuters." with "told" hung on
  // "Banks": the one saying heads the phrase the noun is a modifier of.
  const auto modifies_noun = [&](int t) {
    const int head = at(t).head - 1;
    return nlp::IsRel(at(t), "nmod") && head >= 0 && head < t &&
           (at(head).upos == "NOUN" || at(head).upos == "PROPN");
  };
  if (!own_subject)
    for (int steps = 0; steps < n && subject >= 0 && modifies_noun(subject); ++steps)
      subject = at(subject).head - 1;
  // "..., versus the net income of 740,000 dlrs previously reported.": a phrase with a preposition
  // of its own is no one saying; the verb is its participle.
  if (!own_subject && subject >= 0 && subject != noun)
    for (int c = 0; c < n; ++c)
      if (at(c).head == subject + 1 && nlp::IsRel(at(c), "case")) return;
  if (root < 0 || root == verb || subject < 0 || subject > verb) return;
  // The comma itself may hang on the noun ("dealers"), so the phrase's words stop at it; they
  // are all the words below the noun ("an industry ministry spokesman told Reuters").
  const TokenTree tree(tokens);
  int comma = subject - 1;
  while (comma > 0 && tree.Dominates(subject, comma) && at(comma).upos != "PUNCT") --comma;
  // "..., an Australian Sugar Producers Association spokesman told Reuters." with "Sugar" (and
  // its "an Australian") a conjunct of the noun before the comma: up to six nominal words between
  // a comma and the subject, those the parse hung outside joining its phrase, are its front.
  const std::vector<nlp::Token> unfronted = tokens;
  if (own_subject && comma > 0 && at(comma).form != ",") {
    int start = subject - 1;
    const auto nominal = [&](int t) {
      const std::string& u = at(t).upos;
      return u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "DET" || u == "NUM";
    };
    while (start > 0 && subject - start <= 6 && nominal(start)) --start;
    if (start > 0 && at(start).form == "," && subject - start > 1) {
      for (int t = start + 1; t < subject; ++t) {
        const int head = at(t).head - 1;
        if (head > start && head <= subject) continue;  // inside the phrase already
        at(t).head = subject + 1;
        at(t).deprel = at(t).upos == "DET" ? "det" : (at(t).upos == "ADJ" ? "amod" : "compound");
      }
      comma = start;
    }
  }
  // "\"... in Parliament,\" a Western diplomatic source said.": the closing quotation mark after
  // the comma.
  int quote = -1;
  if (comma > 1 && at(comma).upos == "PUNCT" && at(comma).xpos == "''" &&
      at(comma - 1).form == ",") {
    quote = comma;
    --comma;
  }
  // The noun the verb hangs on may be a word of the subject's front ("..., finance minister Cesar
  // Gaviria said." with "said" a relative clause of "minister", a conjunct of the clause).
  const bool noun_in_front = noun > comma && noun < subject;
  if (comma < 1 || at(comma).form != "," || root > comma ||
      (own_subject && noun > comma && !noun_in_front)) {
    tokens = unfronted;
    return;
  }
  const std::vector<nlp::Token> before = tokens;
  nlp::Token& said = at(verb);
  said.head = 0;
  said.deprel = "root";
  at(subject).head = verb + 1;
  at(subject).deprel = "nsubj";
  at(root).head = verb + 1;
  at(root).deprel = "ccomp";
  at(comma).head = verb + 1;
  at(comma).deprel = "punct";
  if (quote >= 0) {
    at(quote).head = verb + 1;
    at(quote).deprel = "punct";
  }
  for (int c = verb + 1; c < n; ++c)
    if (at(c).upos == "PUNCT" && at(c).head == root + 1) at(c).head = verb + 1;
  if (!nlp::FormsTree(tokens)) tokens = before;
}

// "\"None will work again, unless conditions improve,\" the leader told Reuters." parsed with
// the "unless" clause a ccomp of "told": a clause opened by a subordinator other than "that",
// hung on the verb of saying that ends the sentence, between the report and that verb, is the
// report's adverbial (advcl), so the report is whole and no second one is made of it.
// A subordinator that opens an adverbial clause ("unless", "because", "although", ...; not
// "that", which opens a report, nor "if", which may open a question).
bool IsAdverbialSubordinator(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kSubordinators = {
      "unless", "because", "as", "although", "though", "while", "since", "whereas", "when"};
  return std::find(kSubordinators.begin(), kSubordinators.end(), word) != kSubordinators.end();
}

void SubordinateHungOnSpeech(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  // The report: the verb's governor before it (the parse's parataxis), or its first ccomp.
  int report = -1;
  const int head = at(verb).head - 1;
  if (head >= 0 && head < verb && nlp::IsRel(at(verb), "parataxis")) report = head;
  for (int c = 0; c < verb && report < 0; ++c)
    if (at(c).head == verb + 1 && nlp::IsRel(at(c), "ccomp")) report = c;
  if (report < 0) return;
  for (int c = report + 1; c < verb; ++c) {
    if (at(c).head != verb + 1 || !(nlp::IsRel(at(c), "ccomp") || nlp::IsRel(at(c), "advcl")))
      continue;
    bool subordinate = false;
    for (int m = 0; m < c; ++m)
      if (at(m).head == c + 1 && nlp::IsRel(at(m), "mark") &&
          (nlp::Lower(at(m).form) == "if" || IsAdverbialSubordinator(nlp::Lower(at(m).form))))
        subordinate = true;
    if (!subordinate) continue;
    const std::vector<nlp::Token> before = tokens;
    at(c).head = report + 1;
    at(c).deprel = "advcl";
    // The closing quotation mark and comma after the clause stay the speech verb's.
    for (int k = c + 1; k < verb; ++k)
      if (at(k).head == c + 1 && at(k).upos == "PUNCT") at(k).head = verb + 1;
    if (!nlp::FormsTree(tokens)) tokens = before;
  }
}

// "Exports rose seven pct, he said, although he did not give complete figures." parsed with the
// "although" clause a ccomp of the parenthetical "said": a clause opened by a subordinator
// (SubordinateHungOnSpeech's, not "that"), after a comma that follows a verb of saying hung as a
// parenthetical (parataxis) on the clause before it, is that clause's adverbial, no report (the
// triple read "he -said-> he did not give complete figures" and the clause before lost its
// source).
void SubordinateAfterParenthetical(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int verb = 1; verb + 2 < n; ++verb) {
    const int report = at(verb).head - 1;
    if (at(verb).upos != "VERB" || !IsSpeechVerb(nlp::Lower(at(verb).lemma)) ||
        !nlp::IsRel(at(verb), "parataxis") || report < 0 || report > verb)
      continue;
    for (int c = verb + 1; c < n; ++c) {
      if (at(c).head != verb + 1 || !nlp::IsRel(at(c), "ccomp")) continue;
      int mark = -1;
      for (int m = verb + 1; m < c; ++m)
        if (at(m).head == c + 1 && nlp::IsRel(at(m), "mark")) mark = m;
      if (mark < 0 || at(mark - 1).form != "," ||
          !IsAdverbialSubordinator(nlp::Lower(at(mark).form)))
        continue;
      const std::vector<nlp::Token> before = tokens;
      at(c).head = report + 1;
      at(c).deprel = "advcl";
      if (!nlp::FormsTree(tokens)) tokens = before;
    }
  }
}

// "..., banking sources said." parsed with "banking" a participle of the clause, "sources" its
// object and "said" its complement: a participle right after the comma with only its object
// between it and the sentence's final verb of saying, which has no subject, names the speakers
// ("banking sources", "trading sources"): the noun becomes the verb's subject, the participle
// its compound, and the verb takes the participle's place as a parenthetical (parataxis).
void ParticipleSpeakers(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const int verb = FinalSpeechVerb(tokens);
  if (verb < 3) return;
  const int noun = verb - 1;
  const int participle = verb - 2;
  const int comma = verb - 3;
  if (at(comma).form != "," || at(participle).xpos != "VBG" || !IsNoun(at(noun)) ||
      at(noun).head != participle + 1 || !nlp::IsRel(at(noun), "obj") ||
      at(verb).head != participle + 1)
    return;
  for (const nlp::Token& t : tokens)
    if (t.head == verb + 1 && nlp::IsRel(t, "nsubj")) return;
  const std::vector<nlp::Token> before = tokens;
  const int head = at(participle).head;
  at(verb).head = head;
  at(verb).deprel = head == 0 ? "root" : "parataxis";
  at(noun).head = verb + 1;
  at(noun).deprel = "nsubj";
  at(participle).head = noun + 1;
  at(participle).deprel = "compound";
  at(participle).upos = "NOUN";
  at(participle).xpos = "NN";
  at(comma).head = verb + 1;
  if (!nlp::FormsTree(tokens)) tokens = before;
}

}  // namespace

void RepairTrailingSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    ParticipleSpeakers(s);
    InvertQuoteAndSpeech(s);
    InvertConjoinedSpeech(s);
    InvertQuotedAsSaying(s);
    SpeechHungOnNoun(s);
    Repair(s);
    InvertConjoinedSpeech(s);  // a subject Repair gave to a verb hung on the clause
    SubordinateHungOnSpeech(s);
    SubordinateAfterParenthetical(s);
    ParticipleHungOnSpeech(s);
    ReportHungAsAdverbial(s);
  }
}

}  // namespace kg::extract
