#include "extract/clauses/national_name_heads.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int n = 0; n + 1 < s.size(); ++n) {
    const std::string& form = s.At(n).form;
    const std::size_t hyphen = form.rfind('-');
    // "Earthquake-stricken", "Houston-based": a compound modifier, its last part a participle in
    // lower case ("APT vice-president Wim Huisman", "49 pct-owner Noranda" are roles).
    const std::string last_part = hyphen == std::string::npos ? "" : form.substr(hyphen + 1);
    // Irregular participles of such modifiers: "Privately-held", "State-run", "Soviet-built".
    static constexpr std::array<std::string_view, 7> kIrregular{"held", "run", "led",  "built",
                                                                "made", "hit", "grown"};
    const bool participle =
        last_part.ends_with("ed") || last_part.ends_with("en") || last_part.ends_with("ing") ||
        std::find(kIrregular.begin(), kIrregular.end(), last_part) != kIrregular.end();
    const bool modifier = hyphen != std::string::npos && hyphen > 0 && participle &&
                          std::islower(static_cast<unsigned char>(last_part[0])) != 0 &&
                          !s.At(n).entity.starts_with("I-");
    // The recogniser often opens the name on the modifier ("Privately-held Piper Aircraft Corp",
    // "State-owned Qantas Airways Ltd" tagged as one organisation): the name starts after it.
    if (modifier && s.At(n).entity.starts_with("B-") &&
        s.At(n + 1).entity == "I-" + s.At(n).entity.substr(2)) {
      s.At(n + 1).entity = s.At(n).entity;
      s.At(n).entity = "O";
    }
    const bool nationality = s.At(n).entity == "B-NORP" && s.At(n + 1).entity == "B-PERSON";
    if (!nationality && !(modifier && s.At(n + 1).entity.starts_with("B-"))) continue;
    const std::string inside = "I-" + s.At(n + 1).entity.substr(2);
    const int first = n + 1;
    int last = first;
    while (last + 1 < s.size() && s.At(last + 1).entity == inside) ++last;
    // One phrase whose only word with a head outside it is the nationality.
    bool one = true;
    for (int t = first; t <= last && one; ++t) one = s.Head(t) >= n && s.Head(t) <= last;
    if (!one || (s.Head(n) >= n && s.Head(n) <= last)) continue;
    const int governor = s.Head(n);
    const std::string rel = s.At(n).deprel;
    for (int c = 0; c < s.size(); ++c)
      if (s.Head(c) == n && (c < n || c > last)) s.Attach(c, first, s.At(c).deprel);
    for (int t = first + 1; t <= last; ++t) s.Attach(t, first, "flat");
    s.Attach(first, governor, rel);
    s.Attach(n, first, "amod");
  }
}

}  // namespace

void RepairNationalNameHeads(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
