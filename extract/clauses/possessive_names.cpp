#include "extract/clauses/possessive_names.h"

#include <cstddef>
#include <string>

#include "nlp/dep_tree.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

void Repair(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const auto child = [&](int head, auto&& test) {
    for (int c = 0; c < n; ++c)
      if (at(c).head == head + 1 && test(at(c))) return c;
    return -1;
  };
  for (int owner = 0; owner < n; ++owner) {
    if (at(owner).deprel != "nmod:poss" || at(owner).upos != "PROPN") continue;
    const int apostrophe =
        child(owner, [](const nlp::Token& t) { return t.form == "'s" || t.form == "'"; });
    const int owned = at(owner).head - 1;
    if (apostrophe < 0 || owned <= owner || !nlp::IsRel(at(owned), "nmod")) continue;
    const int name = at(owned).head - 1;
    if (name < 0 || name >= owner || at(name).upos != "PROPN") continue;
    const int of = child(owned, [](const nlp::Token& t) {
      return nlp::IsRel(t, "case") && nlp::Lower(t.form) == "of";
    });
    if (of < 0 || of <= name || of >= owner) continue;
    at(owned).head = at(name).head;
    at(owned).deprel = at(name).deprel;
    at(name).head = owned + 1;
    at(name).deprel = "nmod:poss";
    at(owner).head = name + 1;
    at(owner).deprel = "nmod";
    at(of).head = owner + 1;
    at(apostrophe).head = name + 1;
  }
}

// "Moody's expects favorable credit implications" parsed with "'s" an auxiliary ("is") of
// "expects": no auxiliary comes before a verb in a tense of its own, so the "'s" ends the name;
// so does a possessive "'s" of a subject ("Moody's noted that ..."), which owns nothing.
void RepairNamesEndingInApostropheS(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    nlp::Token& apostrophe = tokens[i];
    nlp::Token& name = tokens[i - 1];
    if ((apostrophe.form != "'s" && apostrophe.form != "\xE2\x80\x99s") || name.upos != "PROPN" ||
        !nlp::IsRel(name, "nsubj") || apostrophe.head < 1)
      continue;
    // "Moody's noted ..." with "'s" the possessive of a subject, which owns nothing.
    const bool owns_nothing =
        nlp::IsRel(apostrophe, "case") && apostrophe.head == static_cast<int>(i);
    // "Moody's also cited a strong economy" with "'s" read as "has": a firm the gazetteer knows
    // by its possessive is that firm before any verb form.
    const bool firm = nlp::Gazetteer::IsPossessiveFirm(name.form + "'s");
    if (!owns_nothing) {
      if (apostrophe.upos != "AUX" || !nlp::IsRel(apostrophe, "aux") ||
          name.head != apostrophe.head)
        continue;
      const nlp::Token& verb = tokens[static_cast<std::size_t>(apostrophe.head - 1)];
      if (verb.xpos != "VBZ" && verb.xpos != "VBD" && verb.xpos != "VBP" && !firm) continue;
    }
    apostrophe.upos = "PART";
    apostrophe.xpos = "POS";
    apostrophe.head = static_cast<int>(i);  // the name's token, 1-based
    apostrophe.deprel = "flat";
    if (firm && name.entity.size() > 2 && name.entity.starts_with("B-")) {
      name.entity = "B-ORGANIZATION";
      for (std::size_t t = i + 1; t < tokens.size() && tokens[t].entity.starts_with("I-"); ++t)
        tokens[t].entity = "I-ORGANIZATION";
    }
    if (name.entity != "O") apostrophe.entity = "I-" + name.entity.substr(2);
  }
}

// "Moody's Investors Service said" parsed with "Moody" the possessor of "Service": a firm named
// by a founder's possessive (nlp::Gazetteer::IsPossessiveFirm) before capitalised proper nouns
// is the front of their name, tagged as the organisation it names (the node had been "Investors
// Service", the speaker nobody a reader knows).
void RepairPossessiveFirmNames(nlp::AnalyzedSentence& s) {
  auto& tokens = s.tokens;
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int owner = 0; owner + 2 < n; ++owner) {
    nlp::Token& apostrophe = at(owner + 1);
    if (at(owner).deprel != "nmod:poss" || at(owner).upos != "PROPN" || apostrophe.form != "'s" ||
        apostrophe.head != owner + 1 || !nlp::Gazetteer::IsPossessiveFirm(at(owner).form + "'s"))
      continue;
    const int head = at(owner).head - 1;
    if (head <= owner + 1) continue;
    // Only proper nouns of the head's own name between: "Moody's latest report" is Moody's.
    bool name = at(head).upos == "PROPN";
    for (int t = owner + 2; t < head && name; ++t)
      name = at(t).upos == "PROPN" && at(t).head == head + 1 &&
             (nlp::IsRel(at(t), "compound") || nlp::IsRel(at(t), "flat"));
    if (!name) continue;
    at(owner).deprel = "compound";
    apostrophe.upos = "PART";
    apostrophe.xpos = "POS";
    apostrophe.deprel = "flat";
    for (int t = owner; t <= head; ++t)
      at(t).entity = (t == owner ? "B-" : "I-") + std::string("ORGANIZATION");
    for (int t = head + 1; t < n && at(t).entity.starts_with("I-"); ++t)
      at(t).entity = "I-ORGANIZATION";
  }
}

}  // namespace

void RepairPossessiveNames(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) {
    Repair(s);
    RepairNamesEndingInApostropheS(s);
    RepairPossessiveFirmNames(s);
  }
}

}  // namespace kg::extract
