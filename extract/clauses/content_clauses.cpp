#include "extract/clauses/content_clauses.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "extract/rules/modality.h"
#include "nlp/dep_tree.h"

namespace kg::extract {
namespace {

bool IsContentNoun(const nlp::Token& t) {
  return t.upos == "NOUN" && TakesContentClause(nlp::Lower(t.lemma));
}

void Repair(std::vector<nlp::Token>& tokens, nlp::Lexicon& lexicon) {
  const TokenTree s(tokens);
  for (int clause = 1; clause < s.size(); ++clause) {
    nlp::Token& c = s.At(clause);
    const int head = s.Head(clause);
    if (head < 0) continue;
    // "denied reports that it raised its offer" with the clause an adverbial of "denied" (no
    // adverbial takes "that" alone): the noun's content clause all the same, whatever the verb.
    const bool that_adverbial = c.deprel == "advcl" && s.At(head).upos == "VERB" &&
                                s.Child(clause, "mark") >= 1 &&
                                s.Head(s.Child(clause, "mark") - 1) == head &&
                                s.At(s.Child(clause, "mark") - 1).deprel == "obj";
    if (c.deprel == "ccomp" || that_adverbial) {
      // "increase the likelihood that it may be able to pay": the noun right before the clause's
      // "that", under a verb of no saying, or under one after the clause (", the company said").
      const int mark = s.Child(clause, "mark");
      const int noun = mark - 1;
      if (mark < 1 || nlp::Lower(s.At(mark).form) != "that" || !IsContentNoun(s.At(noun)) ||
          s.Leftmost(clause) != mark || s.Dominates(clause, noun) ||
          (!that_adverbial && IsSpeechVerb(nlp::Lower(s.At(head).lemma)) &&
           (head < clause || s.At(head).deprel != "parataxis")))
        continue;
      s.Attach(clause, noun, "acl");
    } else if (c.deprel == "xcomp" && c.xpos == "VB") {
      // "will block moves to give the EC additional sources of finance": the infinitive right
      // after the verb's object, a noun that takes one, under a verb that judges or decides on
      // what the noun proposes; what the infinitive says is then not the verb's subject's doing
      // ("made plans to start drafting", "is taking steps to combat famine" are).
      const int mark = s.Child(clause, "mark");
      const int noun = mark - 1;
      const std::string verb = nlp::Lower(s.At(head).lemma);
      static constexpr std::array<std::string_view, 22> kJudging{
          "block",   "reject",  "oppose", "resist",  "approve", "consider", "support", "back",
          "welcome", "endorse", "accept", "veto",    "fight",   "halt",     "stop",    "delay",
          "defeat",  "abandon", "study",  "discuss", "debate",  "criticize"};
      if (mark < 1 || nlp::Lower(s.At(mark).form) != "to" || s.Leftmost(clause) != mark ||
          s.Head(noun) != head || s.At(noun).deprel != "obj" || s.At(noun).upos != "NOUN" ||
          !NounTakesInfinitive(nlp::Lower(s.At(noun).lemma)) ||
          std::find(kJudging.begin(), kJudging.end(), verb) == kJudging.end())
        continue;
      s.Attach(clause, noun, "acl");
    } else if (c.deprel == "acl:relcl" && IsContentNoun(s.At(head))) {
      // "the chance that Bank of New York will succeed" with "that" the object of "succeed".
      const int that = s.Child(clause, "obj");
      const int subject = s.Child(clause, "nsubj");
      // "renewing its request that Purolator enter into merger negotiations": a base form with
      // a singular subject and no auxiliary is a subjunctive, which a relative clause's verb
      // never is ("the request that Purolator made"), whether or not the verb takes an object.
      const bool subjunctive =
          subject >= 0 && c.xpos == "VB" && !s.HasChild(clause, "aux") &&
          (s.At(subject).xpos == "NN" || s.At(subject).xpos == "NNP" ||
           FormIsOneOf(s.At(subject), std::array<std::string_view, 3>{"he", "she", "it"}));
      if (that < 0 || that != head + 1 || nlp::Lower(s.At(that).form) != "that" || subject < 0 ||
          (lexicon.TakesObject(nlp::Lower(c.lemma)) && !subjunctive))
        continue;
      nlp::Token& t = s.At(that);
      t.upos = "SCONJ";
      t.xpos = "IN";
      t.deprel = "mark";
      c.deprel = "acl";
    }
  }
}

}  // namespace

void RepairContentClauses(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens, lexicon);
}

}  // namespace kg::extract
