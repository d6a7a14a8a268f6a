#include "extract/clauses/named_trailing_speakers.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses/token_tree.h"
#include "extract/rules/attribution.h"
#include "nlp/gazetteer.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool IsPunct(const nlp::Token& t) { return t.upos == "PUNCT"; }

bool IsClosingQuote(const nlp::Token& t) {
  return t.form == "\"" || t.form == "''" || t.form == "\u201d";
}

// A person's title, or one after a hyphen ("Vice-President").
bool IsTitleWord(const std::string& form) {
  if (nlp::Gazetteer::IsPersonTitle(form)) return true;
  const std::size_t hyphen = form.rfind('-');
  return hyphen != std::string::npos && hyphen + 1 < form.size() &&
         nlp::Gazetteer::IsPersonTitle(form.substr(hyphen + 1));
}

bool IsCapitalised(const std::string& form) {
  return !form.empty() && std::isupper(static_cast<unsigned char>(form[0])) != 0;
}

// An entity type that is no person: an organisation, a place or a value.
bool NamesNoPerson(const std::string& entity) {
  for (const std::string_view type : {"ORGANIZATION", "COUNTRY", "CITY", "LOCATION", "STATE",
                                      "MONEY", "PERCENT", "DATE", "QUANTITY", "PRODUCT"})
    if (entity.size() > 2 && std::string_view(entity).substr(2) == type) return true;
  return false;
}

// How many of the words of i's subtree come before i, punctuation not counted (a name's first
// words, its determiners).
int CountBefore(const TokenTree& s, int i) {
  int n = 0;
  for (int t = 0; t < i; ++t) n += s.Dominates(i, t) && !IsPunct(s.At(t)) ? 1 : 0;
  return n;
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int verb = 1; verb < s.size(); ++verb) {
    if (s.At(verb).upos != "VERB" || !IsSpeechVerb(nlp::Lower(s.At(verb).lemma))) continue;
    // It ends the sentence: only its own words or punctuation after it.
    bool last = true;
    for (int t = verb + 1; t < s.size() && last; ++t)
      last = IsPunct(s.At(t)) || s.Dominates(verb, t);
    if (!last) continue;
    const int subject = s.Child(verb, "nsubj");
    if (subject < 0) {
      // A person's name whose own words (its apposition) run right up to the verb.
      for (int name = 1; name < verb; ++name) {
        if (s.At(name).upos != "PROPN" || !s.At(name).entity.ends_with("-PERSON") ||
            s.Rightmost(name) != verb - 1 || s.Head(name) == verb || s.Head(name) < 0 ||
            s.Head(name) > name || BaseRel(s.At(name)) == "flat" ||
            BaseRel(s.At(name)) == "compound" || s.Dominates(name, verb))
          continue;
        // Its words before it run from right after a comma or a closing quotation mark (which
        // the parse may have hung on it).
        const int first = name - CountBefore(s, name);
        if (first < 1 || (s.At(first - 1).form != "," && !IsClosingQuote(s.At(first - 1))))
          continue;
        s.Attach(name, verb, "nsubj");
        break;
      }
      continue;
    }
    // The subject fills the words from a comma to the verb, is headed by a title and names no
    // person.
    const int comma = subject - CountBefore(s, subject) - 1;
    if (comma < 2 || s.At(comma).form != "," || s.Rightmost(subject) != verb - 1 ||
        !IsTitleWord(s.At(subject).form))
      continue;
    bool person = false;
    for (int t = comma + 1; t < verb; ++t) person = person || s.At(t).entity.ends_with("-PERSON");
    if (person) continue;
    // The name: capitalised proper nouns right before the comma, after a comma or a closing
    // quotation mark, hung inside the report (not on the verb).
    const int name_end = comma - 1;
    int name_begin = name_end;
    while (name_begin - 1 >= 0 && s.At(name_begin - 1).upos == "PROPN" &&
           IsCapitalised(s.At(name_begin - 1).form))
      --name_begin;
    // "Red Cavaney": a capitalised first word the tagger took for an adjective.
    if (name_begin - 1 >= 0 && IsCapitalised(s.At(name_begin - 1).form) &&
        s.At(name_begin - 1).upos == "ADJ" && s.Head(name_begin - 1) >= name_begin &&
        s.Head(name_begin - 1) <= name_end)
      --name_begin;
    if (s.At(name_end).upos != "PROPN" || name_begin < 1) continue;
    const nlp::Token& before = s.At(name_begin - 1);
    if (before.form != "," && !IsClosingQuote(before)) continue;
    const int name = s.SpanHead(name_begin, name_end);
    if (name < 0 || s.Head(name) == verb || s.Head(name) < 0 || s.Head(name) > name_begin ||
        s.Dominates(name, verb) || s.Dominates(subject, name))
      continue;
    bool no_person = false;
    for (int t = name_begin; t <= name_end; ++t)
      no_person = no_person || NamesNoPerson(s.At(t).entity) || !IsCapitalised(s.At(t).form);
    if (no_person) continue;
    s.Attach(name, verb, "nsubj");
    s.Attach(subject, name, "appos");
  }
}

}  // namespace

bool IsTitledSpeakerName(const std::vector<nlp::Token>& tokens, int name, int description) {
  const nlp::Token& n = tokens[static_cast<std::size_t>(name)];
  return n.upos == "PROPN" && IsCapitalised(n.form) && !NamesNoPerson(n.entity) &&
         IsTitleWord(tokens[static_cast<std::size_t>(description)].form);
}

void RepairNamedTrailingSpeakers(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
