#include "extract/rules/apposition.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "extract/clauses/argument.h"
#include "extract/entities/name_types.h"
#include "extract/entities/values.h"
#include "nlp/gazetteer.h"
#include "nlp/lexicon.h"
#include "nlp/words.h"

namespace kg::extract {

namespace {

// Whether a noun can describe what a person name names: one of WordNet's first senses is a
// person or a group (noun.person, noun.group: a name the recogniser took for a person may be a
// firm, "Nova, a Canadian company", and the description retypes it), or WordNet does not know
// the word ("taxwriter"), or it is "head" or "chief", whose person senses WordNet lists later.
bool CanDescribeAPersonName(const std::string& lemma) {
  const std::string lower = nlp::Lower(lemma);
  if (lower == "head" || lower == "chief") return true;
  const auto lexicon = nlp::Lexicon::Open();
  const nlp::NounInfo& info = lexicon->Noun(lexicon->NounLemma(lower));
  return info.senses.empty() ||
         std::any_of(info.senses.begin(), info.senses.end(), [](const nlp::NounSense& s) {
           return s.lex_file == static_cast<int>(nlp::LexFile::kPerson) ||
                  s.lex_file == static_cast<int>(nlp::LexFile::kGroup);
         });
}

// Whether a noun can describe a place's name: one of its WordNet senses is a location
// (noun.location: "city", "port", "region", "capital"). "Nashville, Tenn., a Delaware company"
// and "another major shareholder, Cincinnati, Ohio, financier Carl Lindner" hung the firm's and the
// person's description on the place of their address.
bool CanDescribeAPlace(const std::string& lemma) {
  const std::string lower = nlp::Lower(lemma);
  const auto lexicon = nlp::Lexicon::Open();
  const nlp::NounInfo& info = lexicon->Noun(lexicon->NounLemma(lower));
  return std::any_of(info.senses.begin(), info.senses.end(), [](const nlp::NounSense& s) {
    return s.lex_file == static_cast<int>(nlp::LexFile::kLocation);
  });
}

// Whether token t is `root` or below it.
bool IsWithin(const nlp::DepTree& tree, int t, int root) {
  for (int steps = 0; t != nlp::DepTree::kNone && steps < tree.size(); ++steps, t = tree.Head(t))
    if (t == root) return true;
  return false;
}

// Whether the name ending at token t is followed by a possessive ("Austria" of "Creditanstalt,
// Austria's biggest bank" is the description's owner, no address).
bool IsPossessive(const nlp::DepTree& tree, int t) {
  if (t + 1 >= tree.size()) return false;
  const std::string& next = tree.token(t + 1).form;
  return next == "'s" || next == "\u2019s" || next == "'";
}

constexpr std::array<std::string_view, 10> kFocusAdverbs = {
    "also", "only", "just", "even", "still", "now", "then", "too", "already", "not"};

bool IsModifier(const nlp::DepTree& tree, int t) {
  // nmod:desc: a describing noun before a name ("Kidder Peabody analyst Roy Burry").
  return tree.IsRel(t, "amod") || tree.IsRel(t, "compound") || tree.IsRel(t, "flat") ||
         tree.Rel(t) == "nmod:desc";
}

// The role words of a role noun: its adjectives and compounds with it, "chief executive",
// "acting CEO", "former banker", each with its own modifiers ("New" of "New York investor").
std::vector<int> RoleWords(const nlp::DepTree& tree, int noun) {
  std::vector<int> out{noun};
  // Down through modifiers only: "who is also" of a relative clause the parse hung on an
  // adjective is no part of a role.
  std::vector<int> todo;
  for (const int c : tree.Children(noun))
    if (IsModifier(tree, c)) todo.push_back(c);
  for (std::size_t i = 0; i < todo.size() && i < static_cast<std::size_t>(tree.size()); ++i) {
    out.push_back(todo[i]);
    for (const int c : tree.Children(todo[i])) {
      const std::string_view rel = tree.BaseRel(c);
      // Degree and manner adverbs before their word ("wholly owned", "second largest"), never
      // focus or time ones ("also", "only", "now").
      const std::string form = nlp::Lower(tree.token(c).form);
      const bool manner =
          rel == "advmod" && c < todo[i] &&
          std::ranges::find(kFocusAdverbs, std::string_view(form)) == kFocusAdverbs.end();
      if (IsModifier(tree, c) || manner || rel == "nummod" || rel == "conj" || rel == "cc")
        todo.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The organisation or place a role belongs to: "Vantora's", "of Corvex Analytics"; with
// `served` also the named one a role serves or works at ("spokesman for Berman", "analyst at
// Merrill Lynch", "an analyst with E.F. Hutton": the node "analyst" of the last was judged junk,
// sheet 1269; "an aide to Senator Ana Ruiz"), which an apposition's role names after it
// ("minister for foreign economic relations" names a portfolio, no owner).
std::optional<int> RoleOwner(const nlp::DepTree& tree, const std::vector<int>& holders,
                             bool served = false) {
  for (const int h : holders) {
    if (const auto poss = tree.Child(h, "nmod:poss")) return poss;
    for (const int n : tree.ChildrenWith(h, "nmod"))
      if (tree.HasChildLemma(n, "case", {"of"}) ||
          (served && n > h && tree.HasChildLemma(n, "case", {"for", "at", "to", "with"}) &&
           IsName(tree, n)))
        return n;
  }
  return std::nullopt;
}

// The preposition between a role and its owner as the edge says it: "for", "at", "with" and "to" as
// written, "of" for anything else ("Vantora's chief executive" -> chief executive of).
std::string OwnerMarker(const nlp::DepTree& tree, int owner) {
  if (tree.HasChildLemma(owner, "case", {"for"})) return "for";
  if (tree.HasChildLemma(owner, "case", {"at"})) return "at";
  if (tree.HasChildLemma(owner, "case", {"with"})) return "with";
  // Not the "to" of an amount ("an offering of up to 100 mln dlrs").
  if (tree.HasChildLemma(owner, "case", {"to"}) && !tree.HasChildLemma(owner, "case", {"of"}))
    return "to";
  return "of";
}

// A role as a predicate, in lower case like every other ("President of" -> "president of");
// acronyms keep their capitals ("CEO of").
std::string RolePredicate(const std::string& words) {
  std::string out;
  for (const std::string& w : nlp::SplitWords(words)) {
    const bool acronym = w.size() > 1 && std::isupper(static_cast<unsigned char>(w[1])) != 0;
    out += (out.empty() ? "" : " ") + (acronym ? w : nlp::Lower(w));
  }
  return out;
}

ClauseTriple RoleTriple(RuleId rule, Argument person, std::string predicate, Argument object) {
  ClauseTriple t;
  t.subject = std::move(person);
  t.relation = predicate;
  t.predicate = RolePredicate(predicate);
  t.object = std::move(object);
  t.rule = rule;
  t.confidence = Rule(rule).prior;
  return t;
}

// Adjectives that start a role phrase: "the relationship former chairman Arthur Burns had" with
// "relationship" hung on the title is a role "former chairman".
constexpr std::array<std::string_view, 6> kRoleStarts = {"former", "outgoing", "incoming",
                                                         "acting", "interim",  "retired"};

// The role words that read as one phrase, up to the role's noun: a gap holding punctuation or a
// clause's words ("\"We are not commenting on rumors,\" spokesman Michel Dufour" with the quote
// hung on the name) ends what came before, as does an adjective that starts a role. `words` in
// sentence order; returns their last run.
std::vector<int> RolePhrase(const nlp::DepTree& tree, std::vector<int> words) {
  // Commas, colons and quotes part phrases; those inside a name ("Donaldson, Lufkin and
  // Jenrette Inc analyst") and brackets ("Jardine Fleming (Securities) Ltd analyst") do not.
  const auto parts = [&](int t) {
    const std::string& form = tree.token(t).form;
    if (tree.Upos(t) != "PUNCT" || form == "-" || form == "(" || form == ")") return false;
    return !tree.MentionOf(t);
  };
  std::erase_if(words, [&](int t) { return tree.Upos(t) == "PUNCT"; });
  std::size_t start = 0;
  for (std::size_t i = 1; i < words.size(); ++i) {
    bool broken =
        std::ranges::find(kRoleStarts, std::string_view(tree.Lower(words[i]))) != kRoleStarts.end();
    for (int t = words[i - 1] + 1; t < words[i] && !broken; ++t) {
      const std::string_view upos = tree.Upos(t);
      // Adjectives in a row are one phrase whatever parts them ("a new, wholly owned subsidiary").
      const bool adjectives = tree.Upos(words[i - 1]) == "ADJ" && tree.Upos(words[i]) == "ADJ";
      broken = (parts(t) && !adjectives) || upos == "VERB" || upos == "AUX" || upos == "PRON" ||
               upos == "SCONJ";
    }
    if (broken) start = i;
  }
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(start));
  return words;
}

// A name and the role words beside it. With an owner the edge is "ROLE of OWNER" (appos-role,
// or title-role for titles); without, "be ROLE".
void EmitRole(const nlp::DepTree& tree, int name, const std::vector<int>& all_role_words,
              std::optional<int> owner, RuleId rule, const ArgumentContext& context,
              std::vector<ClauseTriple>& out) {
  const std::vector<int> role_words = RolePhrase(tree, all_role_words);
  auto person = MakeArgument(tree, name, context);
  if (!person || role_words.empty()) return;
  // "Indonesia, the world's second largest producer of palm oil": the world ranks the role, it
  // owns nothing; what the role is of is its "of" phrase ("second largest producer of" palm
  // oil), and without one the role keeps the world's words ("be world's largest oil company").
  std::string ranked_by;
  int owner_token = owner.value_or(nlp::DepTree::kNone);
  // The bare world only: "the Third World's largest debtor" names an owner.
  const auto bare = [&](int t) {
    return std::ranges::all_of(
        tree.Children(t), [&](int c) { return tree.IsRel(c, "case") || tree.IsRel(c, "det"); });
  };
  if (owner_token != nlp::DepTree::kNone && tree.Lower(owner_token) == "world" &&
      tree.IsRel(owner_token, "nmod:poss") && bare(owner_token)) {
    const int head = role_words.back();
    owner_token = nlp::DepTree::kNone;
    for (const int n : tree.ChildrenWith(head, "nmod"))
      if (owner_token == nlp::DepTree::kNone && n > head && tree.HasChildLemma(n, "case", {"of"}))
        owner_token = n;
    if (owner_token == nlp::DepTree::kNone) ranked_by = "world's ";
  }
  // "Sen. Jesse Helms": the role is "Senator", a node a reader can find and join.
  std::string role_text;
  for (const std::string& word : nlp::SplitWords(tree.Text(role_words))) {
    if (!role_text.empty()) role_text += ' ';
    role_text += nlp::Gazetteer::FullTitle(word).value_or(word);
  }
  if (owner_token != nlp::DepTree::kNone) {
    // The owner's phrase without the person ("unit" of "the head of the unit, Hugo Johannesson,"
    // with the name hung on "unit" is the unit).
    const std::vector<int> person_words =
        IsWithin(tree, name, owner_token) ? std::vector<int>{name} : std::vector<int>{};
    if (auto org = MakeArgument(tree, owner_token, context, person_words))
      out.push_back(RoleTriple(rule == RuleId::kAppositionIsA ? RuleId::kAppositionRole : rule,
                               *person, role_text + " " + OwnerMarker(tree, owner_token), *org));
    return;
  }
  // "President Reagan", "Senator Lugar": a lone title names the role, a common noun, not a name
  // ("President" as a node was judged a fragment of "President Reagan" on half the sheets).
  // So is a lone common noun capitalised before the name ("Investor Paul Bilzerian", "Analyst
  // Ann Lee": the node "Investor" was judged junk), tagged NOUN, not a name's word.
  const bool common_noun = role_words.size() == 1 && tree.Upos(role_words.front()) == "NOUN";
  if (rule == RuleId::kTitleRole && role_text.find(' ') == std::string::npos &&
      (nlp::Gazetteer::IsPersonTitle(role_text) || common_noun))
    role_text = nlp::Lower(role_text);
  role_text = ranked_by + role_text;
  Argument object;
  object.head = role_words.back();
  object.text = role_text;
  object.name = role_text;
  object.start = tree.token(role_words.front()).start;
  object.end = tree.token(role_words.back()).end;
  out.push_back(RoleTriple(rule, *person, "be", object));
}

// A title and the words of its office after it, as one role: the title's own words up to
// `role` ("chief", "Secretary") and `office`, the preposition and noun phrase that follow ("of
// staff", "of State"), in text order.
std::vector<int> TitleWithOffice(const nlp::DepTree& tree, int role,
                                 const std::vector<int>& office) {
  std::vector<int> words;
  for (const int w : RoleWords(tree, role))
    if (w <= role) words.push_back(w);
  words.insert(words.end(), office.begin(), office.end());
  std::sort(words.begin(), words.end());
  return words;
}

// Whether the apposition `role` of `name` comes right after (a comma between) another
// apposition of `name` whose phrase ends on a name hung on it ("governor of the Bank of Spain"):
// the later description is that name's.
bool DescribesTheNearerName(const nlp::DepTree& tree, int name, int role) {
  int role_start = nlp::DepTree::kNone;
  for (const int t : tree.Subtree(role))
    if (tree.Upos(t) != "PUNCT") {
      role_start = t;
      break;
    }
  for (const int other : tree.ChildrenWith(name, "appos")) {
    if (other >= role) continue;
    const int end = tree.Subtree(other).back();
    int next = end + 1;
    if (next < tree.size() && tree.token(next).form == ",") ++next;
    if (next != role_start) continue;
    for (const int of : tree.ChildrenWith(other, "nmod"))
      if (IsName(tree, of) && tree.Subtree(of).back() == end) return true;
  }
  return false;
}

// Whether another name stands between name `name` and its description `role` after it: a later
// conjunct of a list ("Golden Nugget Inc, or Tracinda Corp, a company controlled by ..."), or a
// name the parse hung elsewhere ("McDermott, which may be the target of a takeover by Harold
// Simmons, a Dallas-based investor"). A name of the named thing's own phrase ("the Bank of
// Spain") is no other name. The description is the nearer name's (sheets 879, 889, 1213, 1251
// judged "-be->" between the list's first name and it wrong).
bool AnotherNameBetween(const nlp::DepTree& tree, int name, int role) {
  if (role < name) return false;
  const std::vector<int> described = tree.Subtree(role);
  const int role_start = described.front();
  // A plural description of a list is every name's ("China and Bolivia, important producers").
  if (tree.Child(name, "conj") &&
      (tree.token(role).xpos == "NNS" || tree.token(role).xpos == "NNPS"))
    return false;
  const auto own_mention = tree.MentionOf(name);
  int name_last = own_mention ? own_mention->last : name;
  // A name in angle brackets runs to the closing one ("<Saatchi and Saatchi>").
  if (const int first = own_mention ? own_mention->first : name;
      first > 0 && tree.token(first - 1).form == "<") {
    while (name_last + 1 < role && tree.token(name_last + 1).form != ">") ++name_last;
    if (name_last + 1 < role) ++name_last;  // the closing ">"
  }
  for (int t = name_last + 1; t < role_start; ++t) {
    if (tree.Upos(t) != "PROPN" || !tree.MentionOf(t)) continue;
    // Its short form in brackets ("International Finance Corporation (IFC), the World Bank's
    // investment arm") or a ticker ("<Linclay>") is the same thing.
    const int first = tree.MentionOf(t)->first;
    if (first > 0 && (tree.token(first - 1).form == "(" || tree.token(first - 1).form == "<"))
      continue;
    // A name doubled is one firm's ("Saatchi and Saatchi, the world's largest agency").
    if (tree.token(t).form == tree.token(name).form) continue;
    // Up from t to the name through the named thing's own phrase only.
    bool own = false;
    for (int u = t, steps = 0; u != nlp::DepTree::kNone && steps < tree.size(); ++steps) {
      if (u == name) {
        own = true;
        break;
      }
      if (tree.IsRel(u, "conj") || tree.IsRel(u, "appos") || tree.BaseRel(u) == "acl") break;
      u = tree.Head(u);
    }
    if (!own) return true;
  }
  return false;
}

// The name right before description `role` (its last word the last before the description's
// comma), as the token of it nearest the root, or kNone: whom a description after another name
// describes ("..., and Richard Scott, a partner in a Dallas law firm").
int NameRightBefore(const nlp::DepTree& tree, int role) {
  int before = tree.Subtree(role).front() - 1;
  while (before >= 0 && tree.Upos(before) == "PUNCT") --before;
  if (before < 0 || tree.Upos(before) != "PROPN") return nlp::DepTree::kNone;
  const auto mention = tree.MentionOf(before);
  if (!mention) return nlp::DepTree::kNone;
  for (int t = mention->first; t <= mention->last; ++t)
    if (const int h = tree.Head(t);
        h == nlp::DepTree::kNone || h < mention->first || h > mention->last)
      return t;
  return nlp::DepTree::kNone;
}

bool NamesARole(const nlp::DepTree& tree, int t);

void Appositions(const nlp::DepTree& tree, const ArgumentContext& context,
                 std::vector<ClauseTriple>& out) {
  for (int a = 0; a < tree.size(); ++a) {
    if (!tree.IsRel(a, "appos") || tree.Head(a) == nlp::DepTree::kNone) continue;
    const int h = tree.Head(a);
    // "... the reputation of the company,\" Michael Frank, president of Advanced Voice, said"
    // with the speaker hung on a noun of the quotation: a quotation mark between them says the
    // name is no apposition of it ("Michael Frank -be-> company" was judged wrong, sheet 1187).
    bool quoted = false;
    // Not the opening mark of a quoted name ("the EF Hutton publication \"Global Crop News\""):
    // one written against the word after it and apart from the word before it.
    for (int t = std::min(h, a) + 1; t < std::max(h, a) && !quoted; ++t) {
      const bool opening = t + 1 < tree.size() && tree.token(t).end == tree.token(t + 1).start &&
                           tree.token(t - 1).end < tree.token(t).start;
      quoted = nlp::IsQuotationMark(tree.token(t).form) && !opening;
    }
    if (quoted) continue;
    // "the acting CEO of Corvex, Dr Alan Trent," with the name hung on the organisation:
    // Alan Trent -acting CEO of-> Corvex.
    if (const int role = tree.Head(h);
        role != nlp::DepTree::kNone && tree.IsRel(h, "nmod") && NameOfRole(tree, role) == a) {
      // "chief of staff Howard Baker", "director of public credit Mauricio Cabrera", with no
      // comma between office and name: the words are one title ("chief of -> staff" is no fact).
      const int first = a;  // a name's head is its first word (UD flat is head-initial)
      std::vector<int> office = tree.Subtree(h);
      std::erase_if(office, [&](int t) { return t >= first; });
      if (!office.empty() && office.back() + 1 == first && office.front() == role + 1 &&
          (tree.Lower(role + 1) == "of" || tree.Lower(role + 1) == "for") &&
          std::ranges::none_of(office, [&](int t) { return tree.Upos(t) == "PUNCT"; })) {
        EmitRole(tree, a, TitleWithOffice(tree, role, office), std::nullopt, RuleId::kAppositionIsA,
                 context, out);
        continue;
      }
      EmitRole(tree, a, RoleWords(tree, role), h, RuleId::kAppositionRole, context, out);
      continue;
    }
    // "the U.S., convertible currency areas, Uruguay and open ports" parsed with "Uruguay" an
    // apposition of the list member before it: an "apposition" that goes on with "and ..." in a
    // list is the list's next member.
    if (tree.IsRel(h, "conj") && tree.Child(a, "conj") &&
        tree.Child(tree.Child(a, "conj").value(), "cc"))
      continue;
    // "owed by the four Atlantic provinces, Quebec and Saskatchewan" parsed with "Quebec" an
    // apposition of "provinces": names fewer or more than the number the noun counts are the
    // list's next members, not what the noun is ("Quebec -be-> Atlantic provinces" was judged
    // wrong); "the two firms, Acme and Borel" stays.
    if (const auto count = tree.Child(h, "nummod"); count && a > h) {
      const auto number = ParseNumber(tree.Lower(*count));
      int names = 1;  // the name and its conjuncts, at any depth of the coordination
      std::vector<int> todo{a};
      for (std::size_t i = 0; i < todo.size() && i < static_cast<std::size_t>(tree.size()); ++i)
        for (const int c : tree.ChildrenWith(todo[i], "conj"))
          if (IsName(tree, c)) {  // names only: "... and non-OPEC nations Bahrain" ends it
            ++names;
            todo.push_back(c);
          }
      // Only a whole list, its last name after "and" or "or" (a list the parse broke may hold
      // fewer names than its count: "three major airlines - Lufthansa, Alitalia and Olympic").
      const bool whole = tree.HasChildLemma(todo.back(), "cc", {"and", "or"});
      if (number && names > 1 && whole && *number != static_cast<double>(names)) continue;
    }
    // A title is a role however it is capitalised or tagged ("the President of Iceland").
    const auto title = [&](int t) { return nlp::Gazetteer::IsPersonTitle(tree.token(t).form); };
    // A party's member or a people's with "a" or "an" describes ("Newt Gingrich, a Georgia
    // Republican,", "C. David Finch, an Australian who ...").
    const auto member = [&](int t) {
      static constexpr std::array<std::string_view, 7> kParties{
          "republican", "democrat", "conservative", "socialist", "liberal", "communist", "tory"};
      return tree.HasChildLemma(t, "det", {"a", "an"}) &&
             (std::ranges::find(kParties, tree.Lower(t)) != kParties.end() ||
              nlp::Lexicon::Open()->IsProperAdjective(tree.token(t).form));
    };
    const auto named = [&](int t) { return IsName(tree, t) && !title(t) && !member(t); };
    const bool head_named = named(h);
    if (head_named == named(a)) continue;
    int name = head_named ? h : a;
    int role = head_named ? a : h;
    // "the share in the venture of the foreign partner, Panin Holdings Ltd," and "the bid for
    // the assets of the parent company, Acme Corp," with the name hung on the phrase's first noun:
    // a name right after a comma describes the noun of the "of" phrase that ends there ("Acme
    // Corp -be-> bid" had been stored).
    if (!head_named && name > role) {
      const auto own = tree.MentionOf(name);
      int before = (own ? own->first : name) - 1;
      while (before > role && tree.Upos(before) == "PUNCT") --before;
      // Not a stretch of time ("its partner of 20 years, Delta Motor Corp"), nor a list of
      // names ("members of Republic management, McDonnell Douglas Corp, ... and ...").
      // Nor a person's role's "of" phrase that has a name of its own ("the newly elected chairman
      // of the IG Metall union, Franz Steinkuehler,": he is the chairman, not the union; "an
      // official of Mexico's state oil company, Petroleos Mexicanos," names the company).
      const bool named_before =
          before > role && std::ranges::any_of(tree.Children(before), [&](int c) {
            return (tree.IsRel(c, "compound") || tree.IsRel(c, "flat")) && tree.Upos(c) == "PROPN";
          });
      const bool persons_role = own && own->type == "PERSON" && named_before &&
                                (title(role) || CanDescribeAPersonName(tree.Lemma(role)));
      if (before > role && tree.Upos(before) == "NOUN" && tree.IsRel(before, "nmod") &&
          IsWithin(tree, before, role) && !tree.Child(before, "nummod") &&
          !IsCalendarWord(tree.Lemma(before)) && !tree.Child(name, "conj") && !persons_role)
        role = before;
    }
    // "Mariano Rubio, governor of the Bank of Spain, the central bank, said" with both
    // descriptions hung on the person: a description right after another one that ends on a name
    // of its own ("of the Bank of Spain") describes that nearer name, not this one (Rubio was
    // "-be-> central bank", and typed an organisation for it).
    if (head_named && DescribesTheNearerName(tree, name, role)) continue;
    if (head_named && AnotherNameBetween(tree, name, role)) {
      // Not a place's: "its planned Laterriere, Quebec, smelter" names where the smelter is.
      name = NameRightBefore(tree, role);
      if (name == nlp::DepTree::kNone) continue;
      if (const auto nearer = tree.MentionOf(name);
          nearer->type == "COUNTRY" || nearer->type == "CITY" || nearer->type == "LOCATION")
        continue;
    }
    // "meet George Shultz, trade envoy Clayton Yeutter, ..." parsed with "envoy" an apposition
    // of Shultz and Yeutter one of "envoy": a role with a name of its own is that name's title,
    // a list of people, not a role of the head.
    const auto own_name = [&](int c) {
      return c != name && (tree.IsRel(c, "appos") || tree.IsRel(c, "flat")) && named(c);
    };
    const std::vector<int>& role_children = tree.Children(role);
    if (std::any_of(role_children.begin(), role_children.end(), own_name)) continue;
    // "Employers federation NCW chairman Fred Lempers" with the name an apposition of
    // "federation": a title of the name's own between them makes the noun the front of the
    // title's owner, no description of the person (the title rule reads the role).
    bool titled_between = false;
    const auto name_mention = tree.MentionOf(name);
    const int name_first = name_mention ? name_mention->first : name;
    for (int t = std::min(role, name) + 1; t < std::min(std::max(role, name), name_first); ++t)
      titled_between = titled_between || (title(t) && tree.Head(t) == name);
    if (titled_between) continue;
    // "Commerce Secretary Malcolm Baldrige" parsed with the name an apposition of "Commerce":
    // the word is the front of the title before the name, which the title rule reads whole.
    if (role + 1 < name && nlp::Gazetteer::IsPersonTitle(tree.token(role + 1).form))
      if (const auto titled = tree.MentionOf(role + 1); titled && titled->type == "PERSON")
        continue;
    // An age, a date, a pronoun or a value is no role.
    const auto mention = tree.MentionOf(name);
    if (!(IsCommonNoun(tree, role) || title(role) || member(role)) ||
        (mention && mention->type == "DATE") || IsBareUnitWord(tree.token(role).form) ||
        IsCalendarWord(tree.Lemma(name)) || IsCalendarWord(tree.Lemma(role)))
      continue;
    // A place holds no office ("at a meeting in Luxembourg on Tuesday, Danish minister Laurits
    // Tornaes told journalists" with the minister an apposition of Luxembourg), and a gerund
    // with an object is a clause, no role ("Rafael Ileto, briefing reporters after ..., said").
    if (mention &&
        (mention->type == "COUNTRY" || mention->type == "CITY" || mention->type == "LOCATION") &&
        title(role))
      continue;
    if (tree.Child(role, "obj")) continue;
    // "Opening the meeting, Ahmed al-Tayer, the UAE's Minister of State, said" parsed with the
    // name an apposition of "meeting": the object of a fronted participle's clause is what the
    // subject did something to, no description of him.
    // (Or with the participle hung on the noun as if a preposition, as "regarding" is.)
    const auto participle = [&](int t) {
      return t != nlp::DepTree::kNone && t < role && tree.Upos(t) == "VERB" &&
             (tree.token(t).xpos == "VBG" || tree.token(t).xpos == "VBN");
    };
    if (role < name && ((tree.BaseRel(role) == "obj" && tree.IsRel(tree.Head(role), "advcl") &&
                         participle(tree.Head(role))) ||
                        (tree.Subtree(role).front() == 0 && participle(0))))
      continue;
    // "closed down the insolvent United Federal Savings and Loan Association" parsed with the
    // name an apposition of "insolvent": a lower-case word with no modifier but its article,
    // right before the name of no person, that WordNet knows as an adjective is the name's
    // modifier, no description of it ("the brokerage firm Meares" keeps its description; so does
    // an agent noun in "-er", "Sydney broker Meares", which WordNet's morphology also reads as a
    // comparative, "broke" + "-er").
    const auto bare = [&] {
      const std::vector<int>& children = tree.Children(role);
      return std::all_of(children.begin(), children.end(),
                         [&](int c) { return c == name || tree.IsRel(c, "det"); });
    };
    if (role < name && role + 1 == tree.Subtree(name).front() && bare() &&
        (!mention || mention->type != "PERSON") &&
        std::islower(static_cast<unsigned char>(tree.token(role).form[0])) != 0 &&
        !tree.Lower(role).ends_with("er") && nlp::Lexicon::Open()->IsAdjective(tree.Lower(role)))
      continue;
    // "a Futures Industry Association panel discussion" parsed with "discussion" an apposition of
    // "Futures" and the rest of the name its compounds: a description after the name holding
    // words of the name is the name used as a modifier, no second thing.
    // (A word of the name counts when the way up from it reaches the description before the
    // name's head.)
    if (mention && role > mention->last) {
      const auto in_description = [&](int t) {
        for (int steps = 0; t != nlp::DepTree::kNone && steps < tree.size(); ++steps) {
          if (t == role) return true;
          if (t == name) return false;
          t = tree.Head(t);
        }
        return false;
      };
      bool swallowed = false;
      for (int t = mention->first; t <= mention->last && !swallowed; ++t)
        swallowed = in_description(t);
      if (swallowed) continue;
    }
    // A phrase with a preposition is an adverbial, not a second name, unless it names a person's
    // capacity ("Champion, as part of a reorganization, said" is no part of anything; "Ana Ruiz,
    // as chairman, said" is the chairman).
    if (role == a && tree.Child(role, "case") && !title(role) &&
        !NamesAPerson(*nlp::Lexicon::Open(), tree.token(role).form))
      continue;
    // One person is no plural ("Rafael Ileto, briefing reporters after a meeting, said" with
    // "briefing" a compound of "reporters"); nor is one named firm or country ("China, other
    // important state-trading countries", "He told reporters, Bankers Trust, which heads ...":
    // a member of a list, or a parse error). A name of its own in the plural or with "and" in it
    // ("James Capel and Co, stockbrokers", "the United States") may be; a plural word before a
    // singular last word is no plural name ("Bankers Trust", "AFG Industries Inc.").
    const bool plural_role = tree.token(role).xpos == "NNS" || tree.token(role).xpos == "NNPS";
    bool single_name = mention && !tree.Child(name, "conj");
    if (single_name) {
      const std::string& last = tree.token(mention->last).xpos;
      single_name = last != "NNPS" && last != "NNS";
      for (int w = mention->first; w <= mention->last; ++w)
        single_name = single_name && tree.Upos(w) != "CCONJ";
    }
    if (plural_role && single_name && mention->type == "PERSON") continue;
    // Another name's mentions still name things for resolution ("the department" later): the
    // edge is emitted with a vague end, which the graph drops (graph_edges.h).
    const bool plural_of_one = plural_role && single_name;
    const auto emit = [&](const std::vector<int>& words, std::optional<int> of) {
      const std::size_t before = out.size();
      EmitRole(tree, name, words, of, RuleId::kAppositionIsA, context, out);
      if (plural_of_one)
        for (std::size_t i = before; i < out.size(); ++i) out[i].object.vague = true;
    };
    // A person is described by a noun that can name one ("a former banker", "the head of X"):
    // "In answer to a question, Neil Springer, ..." parsed with the name an apposition of
    // "question" says nothing about him.
    if (mention && mention->type == "PERSON" && !title(role) &&
        !CanDescribeAPersonName(tree.Lemma(role)))
      continue;
    // A city written as an address ("Cincinnati, Ohio,") is described only by a noun of places
    // (above): another description is of whoever the address is.
    if (mention && (mention->type == "CITY" || mention->type == "LOCATION") && !title(role) &&
        mention->last + 2 < tree.size() && tree.Lower(mention->last + 1) == "," &&
        tree.Upos(mention->last + 2) == "PROPN" && !CanDescribeAPlace(tree.Lemma(role)))
      if (const auto state = tree.MentionOf(mention->last + 2);
          (!state || state->type == "CITY" || state->type == "LOCATION" ||
           state->type == "COUNTRY") &&
          !IsPossessive(tree, state ? state->last : mention->last + 2))
        continue;
    // An amount is no thing a description is of ("4.0-liter, 6-cylinder engines"); a name with a
    // preposition of its own is an adverbial ("demand, particularly from the U.S."); a name right
    // before a verb of saying is its speaker ("... for a visit, MENA said").
    if (mention &&
        (mention->type == "MONEY" || mention->type == "QUANTITY" || mention->type == "PERCENT"))
      continue;
    if (const auto marker = tree.Child(name, "case");
        name == a && role < name && marker && tree.Upos(*marker) == "ADP")
      continue;
    if (const int first = mention ? mention->first : name,
        next = (mention ? mention->last : name) + 1;
        role < name && first > 0 && tree.Lower(first - 1) == "," && next < tree.size() &&
        tree.Upos(next) == "VERB" && nlp::IsVerbOfSaying(tree.Lemma(next)))
      continue;
    // "Secretary of State George Shultz" with the name an apposition of "Secretary" and "State"
    // its nmod: no comma between title and name, so the title is the words before the name
    // ("Secretary of State"), and "State" no organisation of his.
    if (const auto of = tree.Child(role, "nmod");
        of && title(role) && *of == role + 2 && tree.Subtree(name).front() == *of + 1 &&
        (tree.Lower(role + 1) == "of" || tree.Lower(role + 1) == "for") &&
        !(tree.MentionOf(*of) && tree.MentionOf(*of)->type == "PERSON" &&
          tree.MentionOf(*of)->first == *of)) {
      emit(TitleWithOffice(tree, role, {role + 1, *of}), std::nullopt);
      continue;
    }
    std::vector<int> role_words = RoleWords(tree, role);
    std::optional<int> owner = RoleOwner(tree, {role}, true);
    // "Mary Jones, president and chief operating officer of Velora Inc": coordinated roles share
    // the last one's owner, and the role is the whole coordination ("be president" had lost the
    // firm).
    if (!owner)
      for (const int c : tree.ChildrenWith(role, "conj")) {
        const auto cc = tree.Child(c, "cc");
        const auto shared = RoleOwner(tree, {c}, true);
        bool comma = false;  // "director, and chairman of the committee" lists two roles
        for (int t = role + 1; t < c; ++t) comma = comma || tree.Upos(t) == "PUNCT";
        if (c < role || !cc || !shared || comma || IsName(tree, c) || !NamesARole(tree, c))
          continue;
        const std::vector<int> kept = tree.Subtree(*shared);
        role_words.push_back(*cc);
        for (const int w : RoleWords(tree, c))
          if (!std::binary_search(kept.begin(), kept.end(), w)) role_words.push_back(w);
        std::sort(role_words.begin(), role_words.end());
        role_words.erase(std::unique(role_words.begin(), role_words.end()), role_words.end());
        owner = shared;
        break;
      }
    // "vice president of economic analysis at the American Gas Association": the "of" phrase is a
    // portfolio when it names nothing and a name after it through "at" or "for" (hung on the
    // portfolio or beside it on the role) is the employer; the portfolio joins the role ("vice
    // president of economic analysis at").
    if (owner && !IsName(tree, *owner) && tree.HasChildLemma(*owner, "case", {"of"})) {
      std::vector<int> employers = tree.ChildrenWith(*owner, "nmod");
      for (const int m : tree.ChildrenWith(role, "nmod")) employers.push_back(m);
      const auto employer = std::ranges::find_if(employers, [&](int m) {
        return m > *owner && IsName(tree, m) && tree.HasChildLemma(m, "case", {"at", "for"});
      });
      if (employer != employers.end()) {
        const std::vector<int> firm = tree.Subtree(*employer);
        for (const int t : tree.Subtree(*owner))
          if (!std::binary_search(firm.begin(), firm.end(), t) && tree.Upos(t) != "PUNCT" &&
              tree.Upos(t) != "DET")
            role_words.push_back(t);
        std::sort(role_words.begin(), role_words.end());
        owner = *employer;
      }
    }
    emit(role_words, owner);
  }
}

// Whether word t names a role a person holds: a title ("president", "Minister") or a noun for a
// person ("analyst", "banker"; name_types.h: NamesAPerson).
bool NamesARole(const nlp::DepTree& tree, int t) {
  return nlp::Gazetteer::IsPersonTitle(tree.token(t).form) ||
         (tree.Upos(t) == "NOUN" && NamesAPerson(*nlp::Lexicon::Open(), tree.token(t).form));
}

// The organisation a title right after it belongs to: "United Automobile Workers (UAW) president
// Owen Bieber", "House Budget Committee chairman William Gray" (the role had been "president", a
// node no reader can place, or "House Budget Committee chairman"), "Refco analyst Mike Connery".
// The token of an ORGANIZATION mention that ends right before the first title word or noun for a
// person of `words` (a bracketed acronym and the title's rank words, "vice" of "MITI vice
// minister", between them skipped), or nullopt.
std::optional<int> FirmBeforeTitle(const nlp::DepTree& tree, const std::vector<int>& words) {
  // A title, or a noun for a person's work ("Refco analyst Mike Connery").
  const auto title = std::ranges::find_if(words, [&](int t) { return NamesARole(tree, t); });
  if (title == words.end()) return std::nullopt;
  int p = *title - 1;
  // "Fed Vice Chairman Johnson": the title's own words before it ("Vice") are no firm's.
  while (p >= 0 && std::ranges::find(words, p) != words.end() && !tree.MentionOf(p) &&
         nlp::Gazetteer::IsTitleRank(tree.token(p).form))
    --p;
  if (p >= 2 && tree.token(p).form == ")" && tree.token(p - 2).form == "(") p -= 3;
  if (p < 0) return std::nullopt;
  const auto mention = tree.MentionOf(p);
  if (!mention || mention->type != "ORGANIZATION" || mention->last != p) return std::nullopt;
  return p;
}

// Whether the capitalised word t before a title is the title's front ("Finance" of "Finance
// Minister Mark Eyskens") though the parse hung it on the name's governor `h`'s head as a
// subject or compound, or hung the name on it as flat parts or an apposition ("urged
// Agriculture Secretary Richard Lyng" with "Agriculture" the object, "Commerce Secretary Malcolm
// Baldrige" with the name an apposition of "Commerce"), or is a conjunct of such a word ("Mines"
// of "Energy and Mines Minister").
bool TitleFront(const nlp::DepTree& tree, int t, int h) {
  for (int steps = 0; steps < tree.size(); ++steps) {
    const bool capital = std::isupper(static_cast<unsigned char>(tree.token(t).form[0])) != 0;
    if (!capital || (tree.Upos(t) != "PROPN" && tree.Upos(t) != "NOUN")) return false;
    const bool governs_name =
        t == tree.Head(h) && (tree.IsRel(h, "flat") || tree.IsRel(h, "appos"));
    if (governs_name || ((tree.IsRel(t, "nsubj") || tree.IsRel(t, "compound")) &&
                         (tree.Head(t) == h || tree.Head(t) == tree.Head(h))))
      return true;
    const int first = tree.Head(t);
    if (!tree.IsRel(t, "conj") || first == nlp::DepTree::kNone || first > t) return false;
    t = first;
  }
  return false;
}

// Title words before a tagged person, outside the mention: "German Chancellor" of "German
// Chancellor Olaf Brandt". Emitted once per mention, from its syntactic head.
void Titles(const nlp::DepTree& tree, const ArgumentContext& context,
            std::vector<ClauseTriple>& out) {
  for (int h = 0; h < tree.size(); ++h) {
    const auto mention = tree.MentionOf(h);
    if (!mention || mention->type != "PERSON") continue;
    const int up = tree.Head(h);
    if (up != nlp::DepTree::kNone && up >= mention->first && up <= mention->last) continue;
    // A title over no capitalised name is part of something else's name ("General" of
    // "General Dynamics corp" with "corp" tagged a person).
    int name_start = mention->first;
    // A title, or a word ranking the title that follows it ("Group Chief" of "Group Chief
    // Executive Brian Corby").
    // So is the portfolio the recogniser took into the name, hung on a title after it
    // ("Foreign" of "Foreign Secretary Helen Carver", "Economics" of "Economics Minister Martin
    // Bangemann").
    // "Chief Financial Officer Frank Newman": an officer's title ends on "Officer".
    const auto title = [&](int t) {
      return nlp::Gazetteer::IsPersonTitle(tree.token(t).form) ||
             (t > mention->first && tree.token(t).form == "Officer");
    };
    const auto title_word = [&](int t) {
      while (t < mention->last && nlp::Gazetteer::IsTitleRank(tree.token(t).form) && !title(t)) ++t;
      for (int steps = 0; steps < 3 && t < mention->last && !title(t); ++steps) {
        const int governor = tree.Head(t);
        if (governor == nlp::DepTree::kNone || governor <= t || governor > mention->last ||
            !(tree.IsRel(t, "amod") || tree.IsRel(t, "compound") || tree.Rel(t) == "nmod:desc"))
          return false;
        t = governor;
      }
      return title(t);
    };
    while (name_start < mention->last && title_word(name_start)) ++name_start;
    if (std::isupper(static_cast<unsigned char>(tree.token(name_start).form[0])) == 0) continue;
    std::vector<int> words;
    // A form of address ("Mr.", "Ms") is no role.
    const auto honorific = [&](int t) { return nlp::Gazetteer::IsHonorific(tree.token(t).form); };
    for (const int c : tree.Children(h))
      if (IsModifier(tree, c) && c < mention->first && !honorific(c))
        for (const int w : tree.Subtree(c, {"nmod", "punct", "case", "det"})) words.push_back(w);
    // A title the recogniser took into the name: "Chancellor" of "Chancellor Olaf Brandt".
    // With its own modifiers before the name ("bank" of "bank president Masao Fujioka"): a bare
    // "president" names no role a reader can place.
    for (int t = mention->first; t < mention->last && title_word(t); ++t) {
      if (honorific(t)) continue;
      words.push_back(t);
      for (const int c : tree.Children(t))
        if (IsModifier(tree, c) && c < mention->first && std::ranges::find(words, c) == words.end())
          for (const int w : tree.Subtree(c, {"nmod", "punct", "case", "det"})) words.push_back(w);
    }
    // The title inside the name can also be a part of a modifier's subtree ("Minister" hung as a
    // flat part on "Mines" of "Energy and Mines Minister Arturo Hernandez"): each word once.
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    // "Finance Minister Mark Eyskens" parsed with "Finance" a subject of its own: a capitalised
    // word right before the title, hung on the name's governor, is the title's.
    if (!words.empty() && nlp::Gazetteer::IsPersonTitle(tree.token(words.front()).form))
      for (int t = words.front() - 1; t >= 0; --t) {
        // "Trade and Industry Secretary Paul Channon" with "Industry" a conjunct of "Trade": the
        // coordinator between two words of the title is the title's.
        if (tree.Upos(t) == "CCONJ" && tree.Head(t) == words.front()) {
          words.insert(words.begin(), t);
          continue;
        }
        if (!TitleFront(tree, t, h)) break;
        words.insert(words.begin(), t);
      }
    // "Nigerian" of "Nigerian Finance Minister Chu Okongwu", an adjective hung on the title's
    // front that the loop above took: the title's nationality.
    if (!words.empty() && words.front() > 0 && tree.IsRel(words.front() - 1, "amod") &&
        tree.Head(words.front() - 1) == words.front() &&
        std::isupper(static_cast<unsigned char>(tree.token(words.front() - 1).form[0])) != 0)
      words.insert(words.begin(), words.front() - 1);
    // Another person before a coordinator is a conjunct of the name, not a word of its title
    // ("Baker" of "he, Baker and Bundesbank President Karl Otto Poehl").
    for (std::size_t i = words.size(); i-- > 1;)
      if (const auto other = tree.MentionOf(words[i - 1]); tree.Upos(words[i]) == "CCONJ" &&
                                                           other && other->type == "PERSON" &&
                                                           other->first != mention->first) {
        words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    // A coordinator whose first conjunct is no part of the title is none either.
    while (!words.empty() && tree.Upos(words.front()) == "CCONJ") words.erase(words.begin());
    // "GAFTA director general James Mackie" with "director" hung elsewhere: a title right before
    // the title words is theirs ("director general", not "general").
    if (!words.empty() && words.front() > 0 &&
        nlp::Gazetteer::IsPersonTitle(tree.token(words.front() - 1).form) &&
        !tree.MentionOf(words.front() - 1))
      words.insert(words.begin(), words.front() - 1);
    // Names before a name with no title or noun for a person among them ("Wall" of "Wall Street"
    // with "Street" tagged a person, "spot" of "spot Brent", "office" of "the statistics office
    // Eurostat") are the front of one name or a description of a thing, not a role.
    const bool role =
        std::any_of(words.begin(), words.end(), [&](int t) { return NamesARole(tree, t); });
    if (!role) continue;
    std::vector<int> holders = words;
    holders.push_back(h);
    std::optional<int> owner = RoleOwner(tree, holders);
    // "Secretary of State George Shultz", "Chancellor of the Exchequer Nigel Lawson": an "of"
    // phrase of the title that names nothing (a capitalised word in no mention) is its
    // portfolio, part of the title ("secretary of" an organisation "State" had been the edge).
    if (owner && *owner < h && !tree.MentionOf(*owner) && tree.Upos(*owner) == "PROPN" &&
        tree.HasChildLemma(*owner, "case", {"of"}) &&
        std::ranges::find(words, tree.Head(*owner)) != words.end()) {
      for (const int w : tree.Subtree(*owner, {"punct", "det"})) words.push_back(w);
      std::sort(words.begin(), words.end());
      owner.reset();
    }
    // "Bank of Italy governor Carlo Ciampi": the owner found through the role's "of" lies in the
    // organisation the role's words start ("Italy" of "Bank of Italy"): the organisation is it.
    if (owner)
      for (const int w : words)
        if (const auto org = tree.MentionOf(w); org && org->type == "ORGANIZATION" &&
                                                *owner >= org->first && *owner <= org->last &&
                                                w != *owner) {
          owner = w;
          std::erase_if(words, [&](int t) { return t >= org->first && t <= org->last; });
          break;
        }
    if (!owner)
      if (const auto firm = FirmBeforeTitle(tree, words)) {
        // The firm's words are the owner's, not the role's ("House Budget Committee chairman").
        const auto org = tree.MentionOf(*firm);
        const auto person = MakeArgument(tree, h, context);
        const auto owner_arg = MakeArgument(tree, *firm, context);
        if (org && person && owner_arg && owner_arg->name != person->name) {
          std::erase_if(words, [&](int t) { return t >= org->first && t <= org->last; });
          owner = *firm;
        }
      }
    EmitRole(tree, h, words, owner, RuleId::kTitleRole, context, out);
  }
}

}  // namespace

std::vector<ClauseTriple> RoleTriples(const nlp::DepTree& tree, const ArgumentContext& context) {
  std::vector<ClauseTriple> out;
  Appositions(tree, context, out);
  Titles(tree, context, out);
  // One role read twice, once cut ("Mines Minister" and "Minister" of "Energy and Mines Minister
  // Arturo Hernandez Grisanti"): the person keeps the longer.
  const auto cut_of_another = [&](const ClauseTriple& t) {
    return std::any_of(out.begin(), out.end(), [&](const ClauseTriple& u) {
      return &u != &t && u.subject.name == t.subject.name && u.predicate == t.predicate &&
             u.object.name.size() > t.object.name.size() &&
             u.object.name.ends_with(" " + t.object.name);
    });
  };
  std::vector<ClauseTriple> kept;
  for (const ClauseTriple& t : out)
    if (!cut_of_another(t)) kept.push_back(t);
  return kept;
}

}  // namespace kg::extract
