// Noun-modifier rules: appositives, titles, participle modifiers and nominalised events.
#include <algorithm>

#include "extract/link_grammar/rules.h"
#include "nlp/gazetteer.h"

namespace kg::extract {
namespace {

bool IsPersonNoun(nlp::Lexicon& lexicon, const std::string& word) {
  if (nlp::Gazetteer::IsPersonTitle(word)) return true;
  const nlp::NounInfo info = lexicon.Noun(word);
  return !info.senses.empty() &&
         info.senses.front().lex_file == static_cast<int>(nlp::LexFile::kPerson);
}

}  // namespace

void LinkRules::Appositives() {
  for (const ParsedLink& link : g_.links()) {
    if (LinkType(link.label) != "MX") continue;
    const int n = link.left;
    const int m = link.right;
    if (g_.word(n).is_wall || IsVerbWord(m) || !IsNounWord(m)) continue;
    const std::string m_lower = Lower(m);
    if (m_lower == "who" || m_lower == "which" || m_lower == "that" || m_lower == "something" ||
        m_lower == "anything" || m_lower == "nothing" || m_lower == "someone" || m_lower == "one") {
      continue;
    }
    // "Denmark, Norway": two bare names side by side are a list, not an appositive.
    if (IsCapitalised(n) && IsCapitalised(m) && g_.Left(m, "D").empty() &&
        g_.Right(m, "M").empty()) {
      continue;
    }
    SentenceTriple t;
    t.subject = NounPhrase(n);
    t.object = NounPhrase(m);
    t.predicate = "be";
    t.implicit_relation = "is";
    t.rule = "appositive";
    // A role noun ("the President", "a German politician") says the name beside it is a person;
    // the role itself is not one.
    const auto is_role = [&](int w) {
      // "a drug maker" is a company as often as a person: lower-case compounds are not trusted;
      // capitalised ones are titles ("Prime Minister").
      const std::vector<int> compounds = g_.Left(w, "AN");
      const bool trusted =
          std::all_of(compounds.begin(), compounds.end(), [&](int a) { return IsCapitalised(a); });
      return IsPersonNoun(lexicon_, Lower(w)) && trusted &&
             (!IsCapitalised(w) || nlp::Gazetteer::IsPersonTitle(Lower(w)) ||
              !g_.Left(w, "D").empty());
    };
    const bool m_person = is_role(m) && !is_role(n);
    const bool n_person = is_role(n) && !is_role(m);
    if (m_person && t.subject.proper) {
      t.subject.type_hint = model::EntityType::kPerson;
      t.object.type_hint = model::EntityType::kOther;
    }
    if (n_person && t.object.proper) {
      t.object.type_hint = model::EntityType::kPerson;
      t.subject.type_hint = model::EntityType::kOther;
    }
    const Phrase subject = t.subject;
    Emit(std::move(t));
    // "Macron, the President of France": Macron -president of-> France.
    // "Trump's special envoy, Steve Witkoff": Witkoff -envoy of-> Trump.
    const int person = m_person ? n : (n_person ? m : -1);
    const int role = person == n ? m : n;
    if (person < 0) continue;
    std::vector<std::pair<int, int>> owners;  // (linking word, owner)
    for (const int of : g_.Right(role, "M")) {
      if (Lower(of) != "of") continue;
      for (const int j : g_.Right(of, "J")) owners.emplace_back(of, j);
    }
    for (const int d : g_.Left(role, "D")) {
      if (Lower(d) != "'s") continue;
      for (const int owner : g_.Left(d, "YS")) owners.emplace_back(d, owner);
    }
    for (const auto& [via, owner] : owners) {
      SentenceTriple r;
      r.subject = person == n ? subject : NounPhrase(person);
      r.subject.type_hint = model::EntityType::kPerson;
      r.object = NounPhrase(owner);
      r.relation = Spans({role, via});
      // "prime minister of": the role with its capitalised compound parts.
      std::string role_name;
      for (const int a : g_.Left(role, "AN")) {
        if (IsCapitalised(a)) role_name += Lower(a) + " ";
      }
      r.predicate = role_name + lexicon_.NounLemma(Lower(role)) + " of";
      r.rule = "role-of";
      r.use = TripleUse::kGraphOnly;
      Emit(std::move(r));
    }
  }
}

void LinkRules::Titles() {
  for (const ParsedLink& link : g_.links()) {
    const std::string_view type = LinkType(link.label);
    // GN joins a title to a name; the parser also reads a capitalised title as the first part of
    // the name (G: "Chancellor Olaf Berg"), whose head is the last name part.
    const bool title_as_name_part = type == "G" &&
                                    nlp::Gazetteer::IsPersonTitle(Lower(link.left)) &&
                                    g_.Left(link.left, "G").empty();
    if (type != "GN" && !title_as_name_part) continue;
    const int title = link.left;
    int name = link.right;
    while (title_as_name_part && !g_.Right(name, "G").empty()) name = g_.Right(name, "G").front();
    std::vector<int> words{title};
    for (const int a : g_.Left(title, "A")) words.push_back(a);
    for (const int a : g_.Left(title, "AN")) words.push_back(a);
    // "President Putin" is a title; "European Commission" is a name ("European" is a person noun
    // in WordNet, but capitalised and no title).
    const bool is_title = nlp::Gazetteer::IsPersonTitle(Lower(title)) ||
                          (!IsCapitalised(title) && IsPersonNoun(lexicon_, Lower(title)));
    // "Mr." and "Dr." are forms of address, not roles worth a fact.
    if (!is_title || nlp::Gazetteer::IsHonorific(Lower(title))) continue;
    SentenceTriple t;
    t.subject = NounPhrase(name);
    t.subject.type_hint = model::EntityType::kPerson;
    t.object.tokens = Spans(words);
    t.object.name = t.object.tokens;
    t.predicate = "title";
    t.implicit_relation = "is";
    t.rule = "title";
    Emit(std::move(t));
  }
}

void LinkRules::Participles() {
  for (const ParsedLink& link : g_.links()) {
    const std::string_view type = LinkType(link.label);
    const bool mv =
        type == "M" && link.label.size() > 1 && (link.label[1] == 'v' || link.label[1] == 'g');
    const bool mx =
        type == "MX" && (IsVerbWord(link.right) || g_.word(link.right).subscript == "g");
    if (!mv && !mx) continue;
    const int noun = link.left;
    const int verb = link.right;
    if (g_.word(noun).is_wall || !IsNounWord(noun) || IsFunctionWord(noun)) continue;
    VerbChain chain = Chain(verb);
    const std::string& sub = g_.word(verb).subscript;
    chain.passive = link.label[1] == 'v' || (mx && sub.find('d') != std::string::npos);
    // "She returned to Oslo, working as a nurse": the parser hangs a participle after a comma on
    // the nearest noun, but its doer is the subject of the clause the noun sits in.
    if (mx && !chain.passive && Lower(verb).ends_with("ing")) {
      if (const auto doer = ClauseSubjectOf(noun)) {
        VerbArguments(Conjuncts(*doer), chain, "adjunct");
        continue;
      }
    }
    VerbArguments(Conjuncts(noun), chain, "participle");
  }
}

// "WPP Group 's unit" gives (WPP Group; has; unit); "the unit in New York" gives
// (the unit; is in; New York) when the place is a name.
void LinkRules::NounRelations() {
  for (const ParsedLink& link : g_.links()) {
    const std::string_view type = LinkType(link.label);
    if (type == "YS" || type == "YP") {
      const int owner = link.left;
      if (IsPronounOrName(owner) && !IsCapitalised(owner)) continue;  // "her", "its"
      for (const int owned : g_.Right(link.right, "D")) {
        SentenceTriple t;
        t.subject = NounPhrase(owner);
        t.object = NounPhrase(owned);
        // The owned thing without its owner: "Ogilvy & Mather unit", not "WPP Group 's ...".
        const auto owners_part = [&](const TextSpan& s) {
          return s.end <= g_.word(link.right).end;
        };
        std::erase_if(t.object.tokens, owners_part);
        std::erase_if(t.object.name, owners_part);
        if (t.object.empty()) continue;
        t.predicate = "have";
        t.implicit_relation = "has";
        t.rule = "possessive";
        Emit(std::move(t));
      }
    }
    if (type == "M" && link.label.size() > 1 && link.label[1] == 'p' && Lower(link.right) == "in") {
      for (const int place : g_.Right(link.right, "J")) {
        if (!IsCapitalised(place) || !IsNounWord(link.left)) continue;
        SentenceTriple t;
        t.subject = NounPhrase(link.left);
        std::erase_if(t.subject.tokens,
                      [&](const TextSpan& s) { return s.start >= g_.word(link.right).start; });
        t.object = NounPhrase(place);
        t.relation = Spans({link.right});
        t.implicit_relation = "is in";
        t.relation.clear();
        t.predicate = "be in";
        t.rule = "located-in";
        Emit(std::move(t));
      }
    }
  }
}

std::optional<int> LinkRules::ClauseSubjectOf(int noun) const {
  int verb = -1;
  for (const int v : g_.Left(noun, "O")) verb = v;
  for (const int p : g_.Left(noun, "J")) {
    for (const int v : g_.Left(p, "MV")) verb = v;
  }
  // Up the verb chain to the word that has the subject.
  for (int step = 0; verb >= 0 && step < 6; ++step) {
    for (const int s : g_.Left(verb, "S")) {
      if (!IsFunctionWord(s) && s != noun) return ResolveRelative(s);
    }
    int up = -1;
    for (const std::string_view type : {"PP", "P", "I", "TO"}) {
      for (const int w : g_.Left(verb, type)) up = w;
      if (up >= 0) break;
    }
    verb = up;
  }
  return std::nullopt;
}

void LinkRules::Nominalisations() {
  for (const ParsedLink& link : g_.links()) {
    if (LinkType(link.label) != "S") continue;
    const int noun = link.left;
    if (g_.word(noun).is_wall) continue;
    const std::string& sub = g_.word(noun).subscript;
    if (sub != "g" && sub.rfind("n", 0) != 0) continue;
    const std::string event = VerbLemma(noun);
    if (event == Lower(noun) || !lexicon_.IsVerb(event)) continue;
    const VerbChain chain = Chain(link.right);
    const std::string carrier = VerbLemma(chain.verbs.back());
    if (carrier != "come" && carrier != "be" && carrier != "arrive") continue;
    std::vector<std::pair<int, int>> agents;  // (preposition, agent)
    for (const int p : g_.Right(chain.verbs.back(), "MV", "p")) {
      if (Lower(p) != "from" && Lower(p) != "by") continue;
      for (const int j : g_.Right(p, "J")) {
        for (const int a : Conjuncts(j)) agents.emplace_back(p, a);
      }
    }
    for (const int p : g_.Right(noun, "M", "p")) {
      if (Lower(p) != "for" && Lower(p) != "of") continue;
      for (const int theme : g_.Right(p, "J")) {
        for (const auto& [from, agent] : agents) {
          SentenceTriple t;
          t.subject = NounPhrase(agent);
          t.object = NounPhrase(theme);
          std::vector<int> words = chain.words;
          words.push_back(noun);
          words.push_back(from);
          t.relation = Spans(words);
          t.predicate = event;
          t.rule = "nominal-event";
          Emit(std::move(t));
        }
      }
    }
  }
}

}  // namespace kg::extract
