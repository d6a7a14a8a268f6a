#include "extract/clauses/adjacent_appositions.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool Capitalised(const nlp::Token& t) { return nlp::StartsWithCapital(t.form); }

bool IsNameWord(const nlp::Token& t) {
  return (t.upos == "PROPN" || t.upos == "NOUN") && Capitalised(t);
}

// A person's name among the words from `first` to `last` or right after them, or a person's
// title at `last` with a name after it: "USDA General Sales Manager Melvin Sims", "Deputy
// Iranian Finance Minister Mehdi Navvab" are titles' own structure, which the title repairs read
// into the role and its organisation (titled_name_heads.h).
bool TouchesPerson(const TokenTree& s, int first, int last) {
  for (int t = first; t <= last + 1 && t < s.size(); ++t)
    if (s.At(t).entity.ends_with("PERSON")) return true;
  return last + 1 < s.size() && nlp::Gazetteer::IsPersonTitle(s.At(last).form) &&
         s.At(last + 1).upos == "PROPN" && Capitalised(s.At(last + 1));
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 1; n < s.size(); ++n) {
    const int head = s.Head(n);
    if (s.At(n).deprel != "appos" || head < 0 || head >= n || !IsNameWord(s.At(head))) continue;
    const nlp::Token& word = s.At(n);
    if (word.upos != "PROPN" && word.upos != "NOUN") continue;
    bool glued = true;
    bool between_capitalised = n > head + 1;
    for (int b = head + 1; b < n && glued; ++b) {
      const std::string_view rel = BaseRel(s.At(b));
      glued = s.Head(b) == n && (rel == "compound" || rel == "flat" || rel == "amod") &&
              s.At(b).upos != "NUM" && s.At(b).upos != "PUNCT";
      between_capitalised = between_capitalised && Capitalised(s.At(b));
    }
    // "Israeli U.N. Spokesman Eyal Arad" with the name (untagged) the title's apposition: a
    // title's apposition is its holder.
    if (!glued || !(Capitalised(word) || between_capitalised) || TouchesPerson(s, head, n) ||
        nlp::Gazetteer::IsPersonTitle(s.At(head).form))
      continue;
    s.TakePlace(n, head, "compound");
  }
}

}  // namespace

void RepairAdjacentAppositions(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& sentence : sentences) Repair(sentence.tokens);
}

}  // namespace kg::extract
