#include "extract/clauses/coordinated_verbs.h"

#include <cstddef>
#include <string>

#include "extract/clauses/token_tree.h"
#include "nlp/words.h"

namespace kg::extract {
namespace {

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() > end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Whether the word's inflection agrees with the first verb's tag.
bool SameInflection(const std::string& word, const std::string& verb_xpos,
                    const std::string& noun_xpos) {
  if (verb_xpos == "VBD" || verb_xpos == "VBN") return EndsWith(word, "ed");
  if (verb_xpos == "VBZ") return EndsWith(word, "s") && !EndsWith(word, "ss");
  if (verb_xpos == "VBP" || verb_xpos == "VB")
    return !EndsWith(word, "s") && !EndsWith(word, "ed") && noun_xpos == "NNS";
  return false;
}

void Repair(nlp::AnalyzedSentence& s, nlp::Lexicon& lexicon) {
  auto& tokens = s.tokens;
  const auto at = [&](int one_based) -> nlp::Token& {
    return tokens[static_cast<std::size_t>(one_based - 1)];
  };
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    nlp::Token& word = tokens[i];
    const int id = static_cast<int>(i) + 1;
    if (word.upos != "NOUN" || word.deprel != "compound" || word.head <= id) continue;
    nlp::Token& coordinator = tokens[i - 1];
    const int noun_id = word.head;
    nlp::Token& noun = at(noun_id);
    if (coordinator.upos != "CCONJ" || coordinator.head != noun_id || noun.deprel != "conj" ||
        noun.head <= 0)
      continue;
    const int object_id = noun.head;
    const nlp::Token& object = at(object_id);
    if (object.deprel != "obj" || object.head <= 0) continue;
    const int verb_id = object.head;
    const nlp::Token& verb = at(verb_id);
    const std::string lower = nlp::Lower(word.form);
    if (verb.upos != "VERB" || !SameInflection(lower, verb.xpos, noun.xpos) ||
        !lexicon.IsVerb(lower))
      continue;
    // An inflected tag needs an inflected word ("files", not "bus"); a bare tag a bare one.
    const std::string lemma = lexicon.VerbLemma(lower);
    if ((lemma == lower) != (verb.xpos == "VB" || verb.xpos == "VBP")) continue;
    word.upos = "VERB";
    word.xpos = verb.xpos;
    word.lemma = lemma;
    word.head = verb_id;
    word.deprel = "conj";
    noun.head = id;
    noun.deprel = "obj";
    coordinator.head = id;
  }
}

// Whether a noun's tag agrees in number with a finite verb's.
bool AgreesInNumber(const std::string& noun_xpos, const std::string& verb_xpos) {
  const bool plural = noun_xpos == "NNS" || noun_xpos == "NNPS";
  if (verb_xpos == "VBZ") return !plural;
  if (verb_xpos == "VBP") return plural;
  return verb_xpos == "VBD" || verb_xpos == "MD";
}

void RepairSubjects(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int v = 1; v < s.size(); ++v) {
    const nlp::Token& verb = s.At(v);
    if (verb.upos != "VERB") continue;
    const std::string_view rel = BaseRel(verb);
    // A conjunct, or an adverbial clause with no marker ("will contract four pct and its output
    // will drop" with "drop" hung as an advcl).
    if (rel != "conj" && (rel != "advcl" || s.HasChild(v, "mark"))) continue;
    // The verb's auxiliaries right before it ("will drop") are part of its phrase; the first of
    // them is the finite word that must agree with the subject.
    int lead = v;
    while (lead > 0 && s.Head(lead - 1) == v && BaseRel(s.At(lead - 1)) == "aux") --lead;
    // An adverbial clause only with its own auxiliary or, finite, when it is no verb of saying: a
    // bare "said" after "grain, traders and brokers" is the trailing speakers' verb
    // (trailing_speakers.h); "and the department earlier refused to release" is a clause.
    const bool finite_verb = verb.xpos == "VBD" || verb.xpos == "VBZ" || verb.xpos == "VBP";
    if (rel == "advcl" && lead == v && (!finite_verb || nlp::IsVerbOfSaying(verb.lemma))) continue;
    const nlp::Token& finite = s.At(lead);
    const int first = s.Head(v);
    // Adverbs of the verb before it ("the department earlier refused") stand between the noun and
    // the verb's phrase.
    int noun = lead - 1;
    while (noun > 0 && s.Head(noun) == v && BaseRel(s.At(noun)) == "advmod") --noun;
    if (first < 0 || first > noun || s.At(first).upos != "VERB" || s.HasChild(v, "nsubj") ||
        s.HasChild(v, "cc") || s.HasChild(v, "expl"))
      continue;
    const nlp::Token& n = s.At(noun);
    const int coordinator = s.Child(noun, "cc");
    if (!IsNominal(n) || BaseRel(n) != "conj" || s.Head(noun) < 0 ||
        !IsNominal(s.At(s.Head(noun))) || !s.Dominates(first, noun) || coordinator < 0 ||
        coordinator > noun || s.Rightmost(noun) != noun || !AgreesInNumber(n.xpos, finite.xpos))
      continue;
    s.Attach(noun, v, "nsubj");
    s.Attach(coordinator, v, "cc");
    if (rel == "advcl") s.Attach(v, first, "conj");
    const int comma = coordinator - 1;
    if (comma >= 0 && s.Head(comma) == noun && s.At(comma).form == ",") s.Attach(comma, v, "punct");
  }
  // "exhibited its developments at a motor show and Mitsubishi Motors Corp said it will use the
  // system" parsed with "Mitsubishi Motors" a conjunct of "show" and "Corp" the subject of "said",
  // a relative clause on "show": a name cut between a noun conjunct and the subject of a finite
  // relative clause right after it, with no relative word, is that verb's subject whole, and the
  // verb a conjunct of the first verb.
  for (int v = 2; v < s.size(); ++v) {
    const nlp::Token& verb = s.At(v);
    if (verb.deprel != "acl:relcl" || verb.upos != "VERB" ||
        !(verb.xpos == "VBD" || verb.xpos == "VBZ" || verb.xpos == "VBP"))
      continue;
    const int last = v - 1;  // the name's last word, the clause's subject
    if (s.Head(last) != v || BaseRel(s.At(last)) != "nsubj" || !s.At(last).entity.starts_with("I-"))
      continue;
    int name = last - 1;  // the conjunct's head: the word the other name words hang on
    while (name >= 0 && s.At(name).entity.starts_with("I-") && BaseRel(s.At(name)) != "conj")
      name = name - 1;
    if (name < 0 || BaseRel(s.At(name)) != "conj" || !IsNominal(s.At(name))) continue;
    const int noun = s.Head(name);
    const int first = noun < 0 ? -1 : s.Head(noun);
    const int coordinator = s.Child(name, "cc");
    if (noun < 0 || noun != s.Head(v) || first < 0 || s.At(first).upos != "VERB" ||
        coordinator < 0 || coordinator > name)
      continue;
    s.Attach(name, v, "nsubj");
    s.Attach(last, name, "flat");
    s.Attach(coordinator, v, "cc");
    s.Attach(v, first, "conj");
  }
}

}  // namespace

void RepairConjoinedClauseSubjects(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) RepairSubjects(s.tokens);
}

void RepairCoordinatedVerbs(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s, lexicon);
}

}  // namespace kg::extract
