#include "extract/entities/name_spans.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/entities/name_identity.h"
#include "extract/entities/name_types.h"
#include "nlp/dep_tree.h"
#include "nlp/entity_recognizer.h"
#include "nlp/firm_names.h"
#include "nlp/lexicon.h"
#include "nlp/words.h"

namespace kg::extract {

// The title whose "of"/"for" phrase token w starts (IsTitlesObject), or -1.
int TitleOfObject(const std::vector<nlp::Token>& tokens, int w);

namespace {

bool Capitalised(const std::string& form) {
  return !form.empty() && std::isupper(static_cast<unsigned char>(form[0])) != 0;
}

std::string TypeOf(const std::string& tag) { return tag.size() > 2 ? tag.substr(2) : ""; }

// The last token of the span that begins at b (a B- tag): the run of its type's I- tags.
int SpanEnd(const std::vector<nlp::Token>& tokens, int b) {
  const std::string inside = "I-" + TypeOf(tokens[static_cast<std::size_t>(b)].entity);
  int e = b;
  while (e + 1 < static_cast<int>(tokens.size()) &&
         tokens[static_cast<std::size_t>(e + 1)].entity == inside)
    ++e;
  return e;
}

// Tags tokens [first, last] one span of `type` ("ORGANIZATION"): B- on the first, I- after.
void TagSpan(std::vector<nlp::Token>& tokens, int first, int last, const std::string& type) {
  tokens[static_cast<std::size_t>(first)].entity = "B-" + type;
  for (int w = first + 1; w <= last; ++w) tokens[static_cast<std::size_t>(w)].entity = "I-" + type;
}

void ExtendLeft(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  for (int b = 1; b < n; ++b) {
    if (!tokens[static_cast<std::size_t>(b)].entity.starts_with("B-")) continue;
    const std::string type = TypeOf(tokens[static_cast<std::size_t>(b)].entity);
    const int e = SpanEnd(tokens, b);
    int start = b;
    for (int w = b - 1; w >= 0; --w) {
      const nlp::Token& t = tokens[static_cast<std::size_t>(w)];
      const int head = t.head - 1;  // 0-based; -1 for the root
      const bool inside = head >= start && head <= e;
      // "Allegheny International Inc said" parsed with "Allegheny" a subject of its own beside
      // the firm's: an organisation's front word, right before it, on the same verb.
      const int span_head = tokens[static_cast<std::size_t>(e)].head - 1;
      const bool split_subject = type == "ORGANIZATION" && w == start - 1 && t.upos == "PROPN" &&
                                 nlp::IsRel(t, "nsubj") && head >= 0 && head == span_head &&
                                 nlp::IsRel(tokens[static_cast<std::size_t>(e)], "nsubj");
      const bool part =
          t.deprel == "compound" || t.deprel == "amod" || t.deprel == "flat" || split_subject;
      const bool word = t.upos == "PROPN" || t.upos == "ADJ" || t.upos == "NOUN";
      // "Dai-Ichi Kangyo Bank" with "Dai-Ichi" tagged a person of its own: a one-word person
      // hung inside a firm's name that ends on a word of organisations is the firm's front.
      const bool firm_front =
          type == "ORGANIZATION" && t.entity == "B-PERSON" && w == start - 1 &&
          nlp::Gazetteer::IsOrganizationWord(tokens[static_cast<std::size_t>(e)].form);
      if ((t.entity != "O" && !firm_front) || !Capitalised(t.form) || !(inside || split_subject) ||
          !part || !word)
        break;
      if (nlp::Gazetteer::IsPersonTitle(t.form) || nlp::Gazetteer::IsHonorific(t.form)) break;
      // A hyphenated modifier ending in a common word ("Reagan-appointed", "Chicago-based")
      // describes the name and is no part of it.
      if (const std::size_t hyphen = t.form.rfind('-');
          hyphen != std::string::npos && hyphen + 1 < t.form.size() &&
          std::islower(static_cast<unsigned char>(t.form[hyphen + 1])) != 0)
        break;
      if (type == "PERSON" && gazetteer.IsDemonym(t.form)) break;
      // "Chancellor of the Exchequer Nigel Lawson": the office is the title's, not the name's.
      if (type == "PERSON" && IsTitlesObject(tokens, w)) break;
      // A sentence's first word is capitalised anyway: only a proper noun (by either tag:
      // "Atlantic" of "Atlantic Richfield" tagged ADJ and NNP), or a word hung inside
      // a firm's name that ends on a word of firms ("National Heritage Inc, a unit of ...",
      // "Control Data Corp said"), is part of it.
      if (w == 0 && t.upos != "PROPN" && t.xpos != "NNP" && t.xpos != "NNPS" &&
          !(inside && nlp::Gazetteer::IsOrganizationWord(tokens[static_cast<std::size_t>(e)].form)))
        break;
      start = w;
    }
    if (start == b) continue;
    TagSpan(tokens, start, b, type);
  }
}

void SplitCountries(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  for (int b = 0; b < n; ++b) {
    if (!tokens[static_cast<std::size_t>(b)].entity.starts_with("B-")) continue;
    const int e = SpanEnd(tokens, b);
    int cc = -1;
    for (int w = b + 1; w < e; ++w)
      if (tokens[static_cast<std::size_t>(w)].upos == "CCONJ") cc = w;
    if (cc < 0) continue;
    std::string left;
    std::string right;
    for (int w = b; w < cc; ++w)
      left += (left.empty() ? "" : " ") + tokens[static_cast<std::size_t>(w)].form;
    for (int w = cc + 1; w <= e; ++w)
      right += (right.empty() ? "" : " ") + tokens[static_cast<std::size_t>(w)].form;
    // Two countries, or a country and another place ("Europe and Australia").
    const bool left_country = gazetteer.FindCountry(left) != nullptr;
    const bool right_country = gazetteer.FindCountry(right) != nullptr;
    if (!(left_country || right_country) || !(left_country || gazetteer.IsKnownPlace(left)) ||
        !(right_country || gazetteer.IsKnownPlace(right)))
      continue;
    for (int w = b; w <= e; ++w) {
      const std::string type = (w < cc ? left_country : right_country) ? "COUNTRY" : "LOCATION";
      tokens[static_cast<std::size_t>(w)].entity =
          w == cc ? "O" : (w == b || w == cc + 1 ? "B-" : "I-") + type;
    }
  }
}

// "Canal Commission Administrator Dennis McAuliffe said" with "Canal Commission Administrator
// Dennis" tagged one organisation: a person's title inside an organisation's span, followed by
// proper nouns with no word of organisations among them, ends the organisation; the title stays
// outside both, and the proper nouns after it, with the capitalised ones after the span (tagged
// or not), are a person. A span of another type (no PERSON, no value) split so ("U.S. Defense
// Secretary Caspar Weinberger" tagged one place, "Social Affairs and Labour Minister Philippe
// Seguin" OTHER) keeps of its front only a country's name that opens it ("U.S."); the rest is the
// title's portfolio, no name.
void SplitTitledPersons(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  static constexpr std::array<std::string_view, 8> kNameTypes = {
      "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "OTHER", "PRODUCT", "NORP", "EVENT"};
  for (int b = 0; b < n; ++b) {
    if (!at(b).entity.starts_with("B-") ||
        std::find(kNameTypes.begin(), kNameTypes.end(), at(b).entity.substr(2)) == kNameTypes.end())
      continue;
    const bool firm = at(b).entity == "B-ORGANIZATION";
    const int e = SpanEnd(tokens, b);
    int title = -1;
    for (int w = b + 1; w < e && title < 0; ++w)
      if (nlp::Gazetteer::IsPersonTitle(at(w).form) && at(w + 1).upos == "PROPN" &&
          Capitalised(at(w + 1).form))
        title = w;
    if (title < 0) continue;
    // What follows the title is a person's name: no word of organisations ("President
    // Enterprises Corp"), and a given name first when the word lists know it as a place.
    bool named =
        gazetteer.IsKnownPlace(at(title + 1).form) && !gazetteer.IsGivenName(at(title + 1).form);
    for (int w = title + 1; w <= e; ++w)
      if (nlp::Gazetteer::IsOrganizationWord(at(w).form)) named = true;
    if (named) continue;
    int last = e;
    while (last + 1 < n && at(last + 1).upos == "PROPN" && Capitalised(at(last + 1).form) &&
           (at(last + 1).entity == "O" || at(last + 1).entity.starts_with("I-")))
      ++last;
    // One word after a title is a name only when the word lists know it as a given name
    // ("General Electric" is no general).
    if (last == title + 1 && !gazetteer.IsGivenName(at(last).form)) continue;
    at(title).entity = "O";
    for (int w = title + 1; w <= last; ++w) at(w).entity = w == title + 1 ? "B-PERSON" : "I-PERSON";
    if (!firm) {
      // The longest run of the front's first words that names a country ("United States").
      int country = b - 1;
      std::string words;
      for (int w = b; w < title; ++w) {
        words += (w > b ? " " : "") + at(w).form;
        if (gazetteer.FindCountry(words) != nullptr) country = w;
      }
      for (int w = b; w < title; ++w)
        at(w).entity = w > country ? "O" : (w == b ? "B-COUNTRY" : "I-COUNTRY");
    }
    b = last;
  }
}

// An adjective that opens a sentence as the sentence's, not a name's: "Former Finance Minister
// ...", "Some Reuters Holdings ...".
bool IsSentenceAdjective(const std::string& word) {
  static constexpr std::array<std::string_view, 16> kAdjectives{
      "former", "other", "many", "some", "last",    "next",    "several", "most",
      "more",   "such",  "both", "each", "another", "earlier", "later",   "acting"};
  return std::find(kAdjectives.begin(), kAdjectives.end(), nlp::Lower(word)) != kAdjectives.end();
}

// "American Soybean Association President Dave Haggard said" with "Association President Dave
// Haggard" tagged one person: a PERSON span whose words before a capitalised title hold a word of
// organisations is an organisation's name and a titled person. The words before the title,
// with the capitalised words right before the span that no other name holds ("American
// Soybean"; not a sentence's opening "The"), or the organisation's name right before it ("Federal
// Reserve" of "Federal Reserve Board Chairman Paul Volcker"), are the organisation; the title and
// the name stay the person (the title becomes a role of that organisation: "Dave Haggard -President
// of-> American Soybean Association"). The node had been "Association President".
void SplitFirmsFromTitledPersons(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-PERSON") continue;
    const int e = SpanEnd(tokens, b);
    int title = -1;
    for (int w = b + 1; w < e && title < 0; ++w)
      if (nlp::Gazetteer::IsPersonTitle(at(w).form) && !nlp::Gazetteer::IsHonorific(at(w).form) &&
          Capitalised(at(w).form))
        title = w;
    // Its ranks are the title's ("Vice" of "Federal Reserve Board Vice Chairman Manuel Johnson").
    while (title > b + 1 && nlp::Gazetteer::IsTitleRank(at(title - 1).form)) --title;
    // Every word before the title capitalised, one of them a word of organisations ("Reuters
    // Holdings Plc chairman Sir Christopher Hogg" keeps its lower-case title and its "Sir").
    bool firm = false;
    bool capitalised = true;
    for (int w = b; w < title; ++w) {
      firm = firm || nlp::Gazetteer::IsOrganizationWord(at(w).form);
      capitalised = capitalised && Capitalised(at(w).form);
    }
    firm = firm && capitalised;
    if (title < 0 || !firm || title + 1 > e) {
      b = e;
      continue;
    }
    int first = b;
    while (first > 0 && Capitalised(at(first - 1).form) &&
           (at(first - 1).upos == "PROPN" || at(first - 1).upos == "NOUN" ||
            at(first - 1).upos == "ADJ") &&
           (at(first - 1).entity == "O" || at(first - 1).entity == "B-NORP" ||
            at(first - 1).entity.ends_with("-ORGANIZATION")) &&
           // A sentence's first word as a name's ("European Community"), not as the sentence's
           // ("Former", "Some").
           !(first - 1 == 0 && at(first - 1).upos != "PROPN" && at(first - 1).xpos != "NNP" &&
             at(first - 1).entity == "O" && !gazetteer.IsDemonym(at(first - 1).form) &&
             (at(first - 1).upos != "ADJ" || IsSentenceAdjective(at(first - 1).form))))
      --first;
    for (int w = first; w < title; ++w)
      at(w).entity = w == first ? "B-ORGANIZATION" : "I-ORGANIZATION";
    at(title).entity = "B-PERSON";
    b = e;
  }
}

// "Banque Francaise du Commerce Exterieur", "Banque Nationale de Paris", "Petroleos de
// Venezuela": a run of capitalised words joined by Romance particles (de, du, des, del, della,
// di, da, do, dos, das), that begins with a Romance word of organisations, is one organisation,
// whatever pieces the recogniser tagged in it; a Romance "and" (et, y, e) before a particle
// joins too ("Banque du Batiment et des Travaux Publics"; not "... de France et Banque Hervet",
// two firms).
void JoinRomanceNames(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 10> kParticles = {"de", "du", "des", "del", "della",
                                                                  "di", "da", "do",  "dos", "das"};
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const auto particle = [&](int i) {
    return std::find(kParticles.begin(), kParticles.end(), at(i).form) != kParticles.end();
  };
  for (int b = 0; b + 2 < n; ++b) {
    if (!Capitalised(at(b).form) || !nlp::Gazetteer::IsRomanceFirmFront(at(b).form)) continue;
    int last = b;
    bool joined = false;
    for (int w = b + 1; w < n; ++w) {
      if (Capitalised(at(w).form) && at(w).upos != "PUNCT") {
        last = w;
      } else if (particle(w) && w + 1 < n && Capitalised(at(w + 1).form) && w > b) {
        joined = true;
      } else if (joined && (at(w).form == "et" || at(w).form == "y" || at(w).form == "e") &&
                 w + 2 < n && particle(w + 1) && Capitalised(at(w + 2).form)) {
        continue;
      } else {
        break;
      }
    }
    if (!joined || last <= b + 1) continue;
    TagSpan(tokens, b, last, "ORGANIZATION");
    b = last;
  }
}

// "in Punta del Este, Uruguay" with "Punta" and "Este" tagged two names: two one-word spans (or a
// span and a capitalised word) joined by a Romance particle ("del", "de", "da", ...) are one
// place's name when the lists know it or a country follows after a comma; one CITY span.
void JoinRomancePlaces(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  static constexpr std::array<std::string_view, 8> kParticles = {"de",  "del", "da", "do",
                                                                 "dos", "das", "di", "du"};
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b + 2 < n; ++b) {
    if (!at(b).entity.starts_with("B-") || SpanEnd(tokens, b) != b ||
        TypeOf(at(b).entity) == "PERSON" ||
        std::find(kParticles.begin(), kParticles.end(), at(b + 1).form) == kParticles.end() ||
        at(b + 1).entity != "O" || !Capitalised(at(b + 2).form) ||
        (at(b + 2).entity != "O" && !at(b + 2).entity.starts_with("B-")) ||
        (at(b + 2).entity.starts_with("B-") && SpanEnd(tokens, b + 2) != b + 2))
      continue;
    const std::string name = at(b).form + " " + at(b + 1).form + " " + at(b + 2).form;
    const bool country_after =
        b + 4 < n && at(b + 3).form == "," && TypeOf(at(b + 4).entity) == "COUNTRY";
    if (!gazetteer.IsKnownPlace(name) && !country_after) continue;
    TagSpan(tokens, b, b + 2, "CITY");
    b += 2;
  }
}

// "Lloyd's of London has not offered cover": a name in the possessive that possesses nothing
// (the next word is "of" and a place) is a firm's name in a founder's possessive, "Lloyd's of
// London" one ORGANIZATION, never the person "Lloyd".
void JoinPossessiveFirms(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b + 3 < n; ++b) {
    if (!at(b).entity.starts_with("B-") || at(b).upos != "PROPN") continue;
    const int e = SpanEnd(tokens, b);
    if (e + 3 >= n) continue;
    if (at(e + 1).form != "'s" || nlp::Lower(at(e + 2).form) != "of") continue;
    const int place = e + 3;
    if (place >= n || !at(place).entity.starts_with("B-")) continue;
    const std::string type = TypeOf(at(place).entity);
    if (type != "CITY" && type != "COUNTRY" && type != "LOCATION" &&
        gazetteer.FindCountry(at(place).form) == nullptr)
      continue;
    TagSpan(tokens, b, SpanEnd(tokens, place), "ORGANIZATION");
  }
}

// "Economic Commission for Africa", "Organisation for Economic Cooperation and Development":
// an ORGANIZATION span that ends on a word of organisations (nlp::Gazetteer::IsOrganizationWord)
// and is followed by "for", "of" or "on" and capitalised words (with "and" or "&" between two of
// them) runs on over them; the recogniser often stops at the preposition or tags the rest a place.
// A span with such a word and preposition inside it that stops before "and" runs on over "and"
// and the untagged capitalised words after it ("Ministry of International Trade" + "and
// Industry").
void ExtendOrganizationsRight(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION") continue;
    const int e = SpanEnd(tokens, b);
    // The word of organisations may be inside the span, the recogniser having stopped before
    // "and" ("Ministry of International Trade" tagged, "and Industry" not).
    int word = e;
    while (word > b && !nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(word).form))) --word;
    const std::string link = word + 2 < n ? nlp::Lower(at(word + 1).form) : "";
    if (!nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(word).form)) ||
        (link != "for" && link != "of" && link != "on"))
      continue;
    // Inside the span, only its "and" part may follow, in untagged capitalised words ("Bank of
    // Japan" followed by "Governor Satoshi Sumita" stays as it is).
    const bool inside = word < e;
    if (inside && !(e + 2 < n && (at(e + 1).form == "and" || at(e + 1).form == "&") &&
                    at(e + 2).entity == "O" && Capitalised(at(e + 2).form)))
      continue;
    int last = word + 1;
    for (int w = word + 2; w < n; ++w) {
      if (inside && w > e + 1 && at(w).entity != "O") break;
      const bool joiner = (at(w).form == "and" || at(w).form == "&") && w + 1 < n &&
                          Capitalised(at(w + 1).form) && w > word + 2 &&
                          !at(w + 1).entity.starts_with("B-");
      if (Capitalised(at(w).form) && at(w).upos != "PUNCT") {
        last = w;
      } else if (!joiner) {
        break;
      }
    }
    if (last <= word + 1 || last <= e) continue;
    for (int w = e + 1; w <= last; ++w) at(w).entity = "I-ORGANIZATION";
    b = last;
  }
}

// A day of the month: one or two digits, 1 to 31.
bool IsDayNumber(const std::string& form) {
  if (form.empty() || form.size() > 2) return false;
  for (const char c : form)
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  const int day = std::stoi(form);
  return day >= 1 && day <= 31;
}

// "EC foreign ministers will meet on May 25 and 26" with only "May 25" a date: the meeting had
// been on May 25 (judged cut, sheet 1333). A DATE span that ends on a day of the month, followed
// by "and" and another day that no noun follows, takes them in: one date of two days.
void JoinDayPairs(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-DATE") continue;
    const int e = SpanEnd(tokens, b);
    b = e;
    if (e + 2 >= n || !IsDayNumber(at(e).form) || at(e + 1).form != "and" ||
        !IsDayNumber(at(e + 2).form) || at(e + 1).entity != "O" || at(e + 2).entity != "O")
      continue;
    if (e + 3 < n &&
        (at(e + 3).upos == "NOUN" || at(e + 3).upos == "PROPN" || at(e + 3).upos == "NUM"))
      continue;
    at(e + 1).entity = "I-DATE";
    at(e + 2).entity = "I-DATE";
    b = e + 2;
  }
}

// "Kenneth May, President of Holly Farms ..." tagged one person from "Kenneth" to "Farms": a
// person's name holds no comma, so a PERSON span ends before its first one, and the words after it
// (a title and what it is of) are untagged.
void EndPersonsAtCommas(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  for (int b = 0; b < n; ++b) {
    if (tokens[static_cast<std::size_t>(b)].entity != "B-PERSON") continue;
    const int e = SpanEnd(tokens, b);
    for (int w = b + 1; w <= e; ++w)
      if (tokens[static_cast<std::size_t>(w)].form == ",") {
        for (int x = w; x <= e; ++x) tokens[static_cast<std::size_t>(x)].entity = "O";
        break;
      }
    b = e;
  }
}

// "the party's Treasurer General" tagged a person: a PERSON span of nothing but person titles and
// ranks (nlp::Gazetteer IsPersonTitle, IsTitleRank) names no one; it is no name (the node had been
// "General", the title stripped as from a person's name, "Daim -is-> General").
void DropTitleOnlyPersons(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-PERSON") continue;
    const int e = SpanEnd(tokens, b);
    // Not a noble's or a ruler's style, which stands for the person ("Lord King", "King
    // Hussein"'s "King" alone).
    static constexpr std::array<std::string_view, 7> kStyles{"king", "queen", "prince", "princess",
                                                             "lord", "sir",   "pope"};
    bool titles = e > b;
    for (int w = b; w <= e && titles; ++w) {
      const std::string lower = nlp::Lower(at(w).form);
      titles = (nlp::Gazetteer::IsPersonTitle(lower) || nlp::Gazetteer::IsTitleRank(lower)) &&
               std::find(kStyles.begin(), kStyles.end(), lower) == kStyles.end();
    }
    if (titles)
      for (int w = b; w <= e; ++w) at(w).entity = "O";
    b = e;
  }
}

// "Ford Motor Co of Canada Ltd" tagged "Ford Motor Co" and "Canada Ltd": a firm's name ending on
// a legal form (nlp/firm_names.h IsLegalForm) and a name right after "of" that ends on one too
// (within four words) are one firm, the national company of the first; the parent and the unit
// had been one node ("Ford Motor Co of Canada Ltd, 90 pct owned by Ford Motor Co, said ...").
void JoinNationalUnits(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION") continue;
    const int e = SpanEnd(tokens, b);
    if (e + 2 >= n || !nlp::IsLegalForm(at(e).form) || nlp::Lower(at(e + 1).form) != "of" ||
        !at(e + 2).entity.starts_with("B-"))
      continue;
    const int last = SpanEnd(tokens, e + 2);
    if (last - (e + 2) > 3 || last == e + 2 || !nlp::IsLegalForm(at(last).form)) continue;
    TagSpan(tokens, b, last, "ORGANIZATION");
    b = last;
  }
}

// "Moody's Investors Service Inc", "McDonald's Corp": a possessive inside a firm's name. A
// capitalised proper noun with "'s", then capitalised untagged words up to an ORGANIZATION span,
// is the front of that span; without a span, such words that end on a legal form or word of
// organisations ("Inc", "Corp", "Group") are the rest of the firm's name. "Organisation for
// Economic Cooperation and Development" with only the part after "for" tagged: a capitalised word
// of organisations with "for" or "of" right before an ORGANIZATION span is its front too.
void JoinOrganizationFronts(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const auto join = [&](int start, int b) {
    TagSpan(tokens, start, SpanEnd(tokens, b), "ORGANIZATION");
  };
  for (int p = 1; p + 1 < n; ++p) {
    const std::string link = nlp::Lower(at(p).form);
    if (link == "'s") {
      const int owner = p - 1;
      // "Britain's Department of Trade": a place's possessive owns the body, it is no name.
      const std::string owner_type = TypeOf(at(owner).entity);
      // The tagger reads a capitalised word of a firm's name as an adjective or noun at times
      // ("Poor" of "Standard and Poor's"): any of the three, not the sentence's first word.
      const bool proper = at(owner).upos == "PROPN" ||
                          ((at(owner).upos == "ADJ" || at(owner).upos == "NOUN") && owner > 0);
      if (!proper || !Capitalised(at(owner).form) || owner_type == "COUNTRY" ||
          owner_type == "CITY" || owner_type == "LOCATION" ||
          gazetteer.FindCountry(at(owner).form) != nullptr)
        continue;
      int b = p + 1;
      while (b < n && at(b).entity == "O" && Capitalised(at(b).form) && b - p <= 4 &&
             !(b > p + 1 && nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(b - 1).form))))
        ++b;
      int start = owner;
      while (start > 0 && at(start).entity.starts_with("I-")) --start;
      // "Standard and Poor's Corp": a capitalised word and "and" before the owner are the
      // name's front.
      if (start >= 2 && (at(start - 1).form == "and" || at(start - 1).form == "&") &&
          Capitalised(at(start - 2).form) && at(start - 2).upos != "PUNCT" &&
          (start == 2 || !Capitalised(at(start - 3).form) || at(start - 3).upos == "PUNCT"))
        start -= 2;
      // "Moody's said", "Standard and Poor's said" with "'s" read as "has": a name whose
      // possessive owns nothing and is followed by a past participle is a firm's name. Not
      // before "been": "Volcker's been saying" is "Volcker has been" (the node "Volcker's"
      // was typed a firm, sheet 1293).
      if (at(p).upos == "AUX" && b == p + 1 && b < n && at(b).xpos == "VBN" &&
          nlp::Lower(at(b).form) != "been" && at(owner).upos != "PRON") {
        TagSpan(tokens, start, p, "ORGANIZATION");
        continue;
      }
      // "Oshman's Sporting Goods Inc" with the part after the possessive tagged OTHER: a span
      // that ends on a legal form or word of organisations is the firm's name too.
      // Not a parent's or a person's possessive before a unit's or party's name of its own
      // ("Chrysler Corp's Chrysler Motors Corp", "Bettino Craxi's Socialist Party").
      bool owner_named = owner_type == "PERSON" && start < owner;
      for (int w = start; w <= owner; ++w)
        owner_named = owner_named || nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(w).form));
      const bool firm_span =
          b < n && !owner_named && at(b).entity.starts_with("B-") &&
          nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(SpanEnd(tokens, b)).form));
      if (b < n && (at(b).entity == "B-ORGANIZATION" || firm_span)) {
        join(start, b);
      } else if (b > p + 1 && nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(b - 1).form))) {
        // Untagged words that end on a legal form or word of organisations ("Investors Service
        // Inc"): the firm's name ends there.
        TagSpan(tokens, start, b - 1, "ORGANIZATION");
      }
    } else if (link == "for" || link == "of") {
      const int word = p - 1;
      if (at(p + 1).entity != "B-ORGANIZATION" || at(word).entity != "O" ||
          !Capitalised(at(word).form) ||
          !nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(word).form)))
        continue;
      join(word, p + 1);
    }
  }
}

// "the Securities and Exchange Commission" with only "Commission" tagged and the parse making
// "Securities" and "Exchange" a list of their own: capitalised untagged words (and "and" or "&"
// between two of them) right before an ORGANIZATION span that ends on a word of organisations are
// its front, when a determiner, a preposition, a punctuation mark or the sentence's start comes
// before them (so that no earlier name's words are taken).
void JoinOrganizationNameFronts(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  // A legal form or word of organisations ends an earlier name ("Hill Richards Inc and Piper,
  // Jaffray and Hopwood Inc"); a hyphenated modifier describes the name ("Washington-based").
  const auto word = [&](int w) {
    return at(w).entity == "O" && Capitalised(at(w).form) &&
           (at(w).upos == "PROPN" || (at(w).upos == "NOUN" && w > 0)) &&
           !nlp::Gazetteer::IsPersonTitle(at(w).form) &&
           !nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(w).form)) &&
           at(w).form.find('-') == std::string::npos;
  };
  for (int b = 1; b < n; ++b) {
    // A word of organisations the recogniser left untagged ("told the Securities and Exchange
    // Commission" with no name found) ends a name as a tagged one does, when names come before it.
    const bool untagged = at(b).entity == "O" && at(b).upos == "PROPN" && Capitalised(at(b).form) &&
                          word(b - 1) && nlp::Gazetteer::IsOrganizationWord(at(b).form);
    if (!untagged && (at(b).entity != "B-ORGANIZATION" ||
                      !nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(SpanEnd(tokens, b)).form))))
      continue;
    int start = b;
    for (int w = b - 1; w >= 0 && b - w <= 5; --w) {
      const bool joiner =
          (at(w).form == "and" || at(w).form == "&") && w > 0 && word(w - 1) && start == w + 1;
      // "Great American Management and Investment Inc": a capitalised adjective or one-word
      // demonym before a word already taken is the name's ("Japanese" of "Japanese Sony Corp",
      // right before the span, is not).
      const bool adjective = start < b && start == w + 1 && Capitalised(at(w).form) &&
                             (at(w).upos == "ADJ" || at(w).entity == "B-NORP") &&
                             (w + 1 >= n || !at(w + 1).entity.starts_with("I-")) &&
                             at(w).form.find('-') == std::string::npos;
      if (word(w) || joiner || adjective)
        start = w;
      else
        break;
    }
    if (start == b || at(start).form == "and" || at(start).form == "&") continue;
    // After a determiner, a preposition, punctuation, a possessive ("the government's
    // Management and Coordination Agency") or the start.
    const nlp::Token* before = start > 0 ? &at(start - 1) : nullptr;
    if (before != nullptr && before->upos != "DET" && before->upos != "ADP" &&
        before->upos != "PUNCT" && before->form != "'s")
      continue;
    TagSpan(tokens, start, b, "ORGANIZATION");
  }
}

// "the Gilt Edged Market Makers' Association", "the Retail Merchants' Association": a firm's
// name of nothing but words of organisations (nlp::Gazetteer::IsOrganizationWord) right after a
// plural possessive ("Makers'") takes the capitalised words of that possessive into it (up to
// six, whatever the recogniser tagged them), back to a determiner, preposition, punctuation or
// the start; the node had been "Association" (sheet 1207 judged "chairman of -> Association" cut).
void JoinPluralPossessiveFronts(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 2; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION" ||
        !nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(SpanEnd(tokens, b)).form)))
      continue;
    // Only a span with no name of its own ("Association"; not "the Reichmanns' Gulf Canada
    // Corp", an owner and its firm).
    bool bare = true;
    for (int w = b; w <= SpanEnd(tokens, b) && bare; ++w)
      bare = nlp::Gazetteer::IsOrganizationWord(nlp::Lower(at(w).form));
    if (!bare) continue;
    const std::string& mark = at(b - 1).form;
    const std::string& owner = at(b - 2).form;
    if ((mark != "'" && mark != "\u2019") || !Capitalised(owner) || owner.back() != 's') continue;
    int start = b - 2;
    for (int w = b - 3; w >= 0 && b - w <= 8; --w) {
      if (!Capitalised(at(w).form) ||
          (at(w).upos != "PROPN" && at(w).upos != "NOUN" && at(w).upos != "ADJ"))
        break;
      start = w;
    }
    const nlp::Token* before = start > 0 ? &at(start - 1) : nullptr;
    if (before != nullptr && before->upos != "DET" && before->upos != "ADP" &&
        before->upos != "PUNCT")
      continue;
    TagSpan(tokens, start, SpanEnd(tokens, b), "ORGANIZATION");
  }
}

// "U.S. Bancorp said" tagged a country and a people: a word that only ever ends a firm's name (a
// legal form, or a "Banc-" word: Bancorp, Bancshares, Bancorporation) cannot stand alone, so a
// place right before it (tagged, or a country's name left untagged) is the front of the firm's
// name, one ORGANIZATION span ("U.S. Bancorp" had been the United States, the speaker of its
// reports, and a node "Bancorp").
void JoinPlaceFirmForms(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    // A place the recogniser tagged, or an untagged country's name ("In January U.S. Bancorp").
    const std::string& type = at(b).entity;
    const bool untagged_country = type == "O" && gazetteer.FindCountry(at(b).form) != nullptr;
    if (type != "B-COUNTRY" && type != "B-CITY" && type != "B-LOCATION" && !untagged_country)
      continue;
    const int form = SpanEnd(tokens, b) + 1;
    if (form >= n || !Capitalised(at(form).form) || at(form).entity.starts_with("I-") ||
        at(form).entity == "B-ORGANIZATION" || SpanEnd(tokens, form) != form)
      continue;
    const std::string lower = nlp::Lower(at(form).form);
    if (!IsLegalSuffix(at(form).form) && !lower.starts_with("banc")) continue;
    TagSpan(tokens, b, form, "ORGANIZATION");
  }
}

// "the lower Rio Grande Valley of Texas" tagged "Rio" a city and "Grande Valley of Texas" a firm:
// a one-word span right before a span whose next words end on a word of geography (Valley,
// River, Basin, Delta, Plains, Mountains, Gulf, Bay, Lake, Coast, Peninsula, Strait, Canal,
// Desert), hung in it, is its front, the whole one LOCATION span.
void JoinGeographicNames(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 14> kGeography{
      "Valley", "River", "Basin", "Delta",     "Plains", "Mountains", "Gulf",
      "Bay",    "Lake",  "Coast", "Peninsula", "Strait", "Canal",     "Desert"};
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b + 1 < n; ++b) {
    if (!at(b).entity.starts_with("B-") || SpanEnd(tokens, b) != b ||
        !at(b + 1).entity.starts_with("B-") || at(b).upos != "PROPN")
      continue;
    const int e = SpanEnd(tokens, b + 1);
    int geography = -1;
    for (int w = b + 1; w <= e && geography < 0; ++w) {
      if (at(w).upos != "PROPN") break;
      if (std::find(kGeography.begin(), kGeography.end(), at(w).form) != kGeography.end())
        geography = w;
    }
    if (geography < 0 || at(b).head < 1 || at(b).head - 1 < b + 1 || at(b).head - 1 > e) continue;
    TagSpan(tokens, b, e, "LOCATION");
    b = e;
  }
}

// "The Student Loan Marketing Association, Sallie Mae, announced": a name in apposition to an
// organisation's name, right after its comma, is that organisation's other name, whatever the
// recogniser guessed from its shape (a woman's name here). A place there is where the
// organisation is ("IBM, Armonk"), so only names typed PERSON or OTHER are retyped.
void TypeAppositiveNames(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION") continue;
    const int e = SpanEnd(tokens, b);
    const int b2 = e + 2;
    if (b2 >= n || at(e + 1).form != "," ||
        (at(b2).entity != "B-PERSON" && at(b2).entity != "B-OTHER"))
      continue;
    const int e2 = SpanEnd(tokens, b2);
    if (e2 + 1 < n && at(e2 + 1).form != "," && at(e2 + 1).upos != "PUNCT") continue;
    bool appos = false;
    for (int t = b2; t <= e2; ++t) {
      const int head = at(t).head - 1;
      if (at(t).deprel == "appos" && head >= b && head <= e) appos = true;
    }
    if (!appos) continue;
    TagSpan(tokens, b2, e2, "ORGANIZATION");
  }
}

// Whether one of the noun senses WordNet gives the word is under noun.person ("Reagan", an
// instance; "Baker", a kind); nullopt for a word WordNet does not know.
std::optional<bool> HasPersonSense(const std::string& word) {
  const auto lexicon = nlp::Lexicon::Open();
  const std::string lower = nlp::Lower(word);
  if (!lexicon->IsCommonWord(lower)) return std::nullopt;
  const nlp::NounInfo& info = lexicon->Noun(lexicon->NounLemma(lower));
  return std::any_of(info.senses.begin(), info.senses.end(), [](const nlp::NounSense& s) {
    return s.lex_file == static_cast<int>(nlp::LexFile::kPerson);
  });
}

// A word WordNet knows, with no sense under noun.person: "Motors", "Agreement", "Felt".
bool IsImpersonalWord(const std::string& word) { return HasPersonSense(word) == false; }

// "General Motors", "General Agreement on Tariffs and Trade", "General Felt Industries" tagged
// as a person with the rank "General": before a common word that names no person it is the
// front of a firm's or a treaty's name ("General Patton" stays: WordNet knows him as a person).
void RetypeGeneralNames(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b + 1 < n; ++b) {
    if (at(b).entity != "B-PERSON" || at(b).form != "General" || at(b + 1).entity != "I-PERSON" ||
        !IsImpersonalWord(at(b + 1).form))
      continue;
    TagSpan(tokens, b, SpanEnd(tokens, b), "ORGANIZATION");
  }
}

// "Lt. Gen. Colin Powell" tagged "Lt." one person and "Gen. Colin Powell" another: a PERSON
// span of titles only, right before another PERSON span, is that span's front.
void JoinTitleSpans(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-PERSON") continue;
    const int e = SpanEnd(tokens, b);
    bool titles = true;
    for (int w = b; w <= e && titles; ++w) titles = nlp::Gazetteer::IsPersonTitle(at(w).form);
    if (!titles || e + 1 >= n || at(e + 1).entity != "B-PERSON") continue;
    TagSpan(tokens, b, SpanEnd(tokens, e + 1), "PERSON");
  }
}

// "Secretary of State George Shultz" tagged with "State George Shultz" a person: the word of a
// title's "of"/"for" phrase that starts a person's span ("State"; "Exchequer" of "Chancellor of the
// Exchequer Nigel Lawson"; "Energy" of "Minister of Energy Subroto") is the title's, not the
// person's; a span of two words loses it only after a minister's, secretary's or chancellor's
// office and when it is no given name, and a span ending on a word of organisations ("chairman
// of Barclays Plc") is a firm's name, left whole.
void SplitTitleObjects(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 2; b + 1 < n; ++b) {
    // "Minister of State for Commerce Priya Ranjan Dasmunsi" with "Commerce Priya Ranjan
    // Dasmunsi" tagged a people: a span of three words or more after the office is its last
    // word and a person's name whatever its type.
    const bool unplaced = at(b).entity == "B-NORP" || at(b).entity == "B-OTHER";
    if (at(b).entity != "B-PERSON" && !(unplaced && SpanEnd(tokens, b) - b >= 2)) continue;
    const int e = SpanEnd(tokens, b);
    if (e == b || !IsTitlesObject(tokens, b) ||
        nlp::Gazetteer::IsPersonTitle(at(b).form))  // "spokesman for Chancellor Franz ..."
      continue;
    // Two words after a minister's office ("Minister of Energy Subroto"); after any other title
    // they are more often a name of two words ("chairman of San Miguel").
    const std::string title = nlp::Lower(at(TitleOfObject(tokens, b)).form);
    if (e - b == 1 && (gazetteer.IsGivenName(at(b).form) ||
                       (title != "minister" && title != "secretary" && title != "chancellor")))
      continue;
    // "chairman of Barclays Plc", "director of J. Walter Thompson Co" tagged persons: a firm.
    if (nlp::Gazetteer::IsOrganizationWord(at(e).form)) continue;
    at(b).entity = "O";
    TagSpan(tokens, b + 1, e, "PERSON");
  }
}

// "analyst Richard Pzena of Sanford C. Bernstein" tagged one person: a person's span with "of"
// inside, a name before it that is not all titles ("Secretary of State" stays) and capitalised
// words after it, is the person and what the person is of: a country (COUNTRY), another known
// place (LOCATION) or else an organisation. A span whose word before "of" is a word of
// organisations ("Loan Association of Florida"), or whose last word is a legal form and whose
// first is no given name ("Gold Fields of South Africa Ltd"; "Doug Madison of Commerzbank AG" is
// a person of a firm), is one organisation. A span of another type that opens with that "of"
// right after a person's span ("Thomas McCrann" + "of Merrill Lynch" tagged an event) is what the
// person is of, without the "of".
void SplitPersonsOfPlaces(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-PERSON") continue;
    int e = SpanEnd(tokens, b);
    // "Doug Madison of" tagged before an untagged firm: the preposition is no name's.
    while (e > b && (at(e).form == "of" || at(e).form == "for")) at(e--).entity = "O";
    const auto what_of = [&](int first, int last) {
      std::string after;
      for (int w = first; w <= last; ++w) after += (after.empty() ? "" : " ") + at(w).form;
      return gazetteer.FindCountry(after) != nullptr ? "COUNTRY"
             : gazetteer.IsKnownPlace(after)         ? "LOCATION"
                                                     : "ORGANIZATION";
    };
    // "Thomas McCrann" + "of Merrill Lynch" tagged an event from "of": the person's firm.
    if (e + 2 < n && at(e + 1).form == "of" && at(e + 1).entity.starts_with("B-") &&
        at(e + 1).entity != "B-PERSON" && Capitalised(at(e + 2).form) &&
        at(e + 2).entity.starts_with("I-")) {
      const int last = SpanEnd(tokens, e + 1);
      at(e + 1).entity = "O";
      TagSpan(tokens, e + 2, last, what_of(e + 2, last));
    }
    int of = -1;
    for (int k = b + 1; k < e && of < 0; ++k)
      if (at(k).form == "of") of = k;
    if (of < 0 || !Capitalised(at(of + 1).form)) {
      b = e;
      continue;
    }
    if (nlp::Gazetteer::IsOrganizationWord(at(of - 1).form) ||
        (IsLegalSuffix(at(e).form) && !gazetteer.IsGivenName(at(b).form))) {
      TagSpan(tokens, b, e, "ORGANIZATION");
      b = e;
      continue;
    }
    bool titles = true;
    for (int w = b; w < of && titles; ++w) titles = nlp::Gazetteer::IsPersonTitle(at(w).form);
    if (titles) {
      b = e;
      continue;
    }
    const std::string type = what_of(of + 1, e);
    TagSpan(tokens, b, of - 1, "PERSON");
    at(of).entity = "O";
    TagSpan(tokens, of + 1, e, type);
    b = e;
  }
}

}  // namespace

// The index of the title whose "of"/"for" phrase token w starts, or -1: "Chancellor" for
// "Exchequer" of "Chancellor of the Exchequer Nigel Lawson", "Minister" for "Finance" of "Minister
// of State for Finance Tom Hockin" (the phrase may chain: a capitalised word and "of"/"for"
// before it lead back to the title).
int TitleOfObject(const std::vector<nlp::Token>& tokens, int w) {
  const auto lower = [&](int i) { return nlp::Lower(tokens[static_cast<std::size_t>(i)].form); };
  // An initial ("J." of "director of J. Walter Thompson Co") is a name's.
  const std::string& word = tokens[static_cast<std::size_t>(w)].form;
  if (word.size() < 3 || word.back() == '.') return -1;
  int k = w - 1;
  if (k >= 0 && lower(k) == "the") --k;
  if (k < 1 || (lower(k) != "of" && lower(k) != "for")) return -1;
  for (k = k - 1; k >= 0; k -= 2) {
    const std::string& form = tokens[static_cast<std::size_t>(k)].form;
    if (nlp::Gazetteer::IsPersonTitle(form)) return k;
    if (!Capitalised(form) || k < 1 || (lower(k - 1) != "of" && lower(k - 1) != "for")) break;
  }
  return -1;
}

bool IsTitlesObject(const std::vector<nlp::Token>& tokens, int w) {
  return TitleOfObject(tokens, w) >= 0;
}

// "R. P. Goenka" tagged "R." a person, "P." nothing and "Goenka" a people: the proper nouns the
// parse hangs on a person's span with `flat`, right after it, are the rest of the name.
void ExtendFlatPersons(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-PERSON") continue;
    const int e = SpanEnd(tokens, b);
    int last = e;
    // A flat word's head is a word of the name so far (1-based heads).
    while (last + 1 < n && at(last + 1).deprel == "flat" && at(last + 1).upos == "PROPN" &&
           Capitalised(at(last + 1).form) && at(last + 1).head - 1 >= b &&
           at(last + 1).head - 1 <= last)
      ++last;
    if (last > e) TagSpan(tokens, b, last, "PERSON");
    b = last;
  }
}

// "Rule 10b-13", "Chapter 11", "Series 3000": a label word and the number or code the parse
// hangs on it (name_spans.h).
void ExtendNumberedNames(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int w = 0; w + 1 < n; ++w) {
    const nlp::Token& label = at(w);
    const nlp::Token& code = at(w + 1);
    if (!IsNumberedLabel(label.form, code.form) || code.head - 1 != w ||
        (code.entity != "O" && !code.entity.empty()))
      continue;
    const std::string_view rel = code.deprel;
    if (rel != "flat" && rel != "nummod" && rel != "compound" && rel != "appos") continue;
    // The span the label ends, or the label alone.
    const bool untagged = label.entity.empty() || label.entity == "O";
    const bool inside = label.entity.starts_with("I-");
    if (!untagged && !label.entity.starts_with("B-") && !inside) continue;
    int first = w;
    if (inside)
      while (first > 0 && !at(first).entity.starts_with("B-")) --first;
    const std::string type = untagged ? "OTHER" : TypeOf(at(first).entity);
    if (type == "DATE" || type == "MONEY" || type == "QUANTITY" || type == "PERCENT") continue;
    TagSpan(tokens, first, w + 1, type);
  }
}

// "deputy director general Fumiya Iwasaki" with "Fumiya" tagged an event, "president Rilwanu
// Lukman" a place, "chairman Lawton Chiles" a country: a span right after a lower-case person's
// title (not "manager", whose "lead manager Morgan Stanley" is a firm), all of it capitalised
// proper nouns with no word of organisations and no place the lists know, is the titled person.
void TypeTitledPersons(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 1; b < n; ++b) {
    const std::string type = TypeOf(at(b).entity);
    const std::string& title = at(b - 1).form;
    if (!at(b).entity.starts_with("B-") || type == "PERSON" || type == "ORGANIZATION" ||
        nlp::IsValueType(type) || title.empty() || Capitalised(title) ||
        !nlp::Gazetteer::IsPersonTitle(title) || title == "manager")
      continue;
    const int e = SpanEnd(tokens, b);
    bool name = true;
    for (int w = b; w <= e && name; ++w)
      name = at(w).upos == "PROPN" && Capitalised(at(w).form) &&
             !nlp::Gazetteer::IsOrganizationWord(at(w).form) && !gazetteer.IsKnownPlace(at(w).form);
    if (name) TagSpan(tokens, b, e, "PERSON");
    b = e;
  }
}

// "the French employers' federation CNPF Francois Perigot said" tagged one person (judged a
// padded name, four triples partly right): an all-capital word of two to six letters opening a
// PERSON span right before a given name is the organisation the person is of, no word of the
// name.
void SplitAcronymsFromPersons(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  const auto acronym = [](const std::string& w) {
    return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), [](char c) {
             return std::isupper(static_cast<unsigned char>(c)) != 0;
           });
  };
  for (int b = 0; b + 2 < n; ++b) {
    const int e = SpanEnd(tokens, b);
    // A given name after it, or two words more ("CNPF Francois Perigot" with "Francois" in no
    // list; "NOVO Industri" and "BP Grangemouth" stay).
    // Not a title after it ("CFTC chairman Susan Phillips": the title repairs read those).
    if (at(b).entity != "B-PERSON" || e < b + 1 || !acronym(at(b).form) ||
        nlp::Gazetteer::IsHonorific(at(b).form) || !Capitalised(at(b + 1).form) ||
        nlp::Gazetteer::IsPersonTitle(at(b + 1).form) ||
        !(gazetteer.IsGivenName(at(b + 1).form) || e >= b + 2))
      continue;
    // Not before a second acronym or a title anywhere in the span ("ESSO SAF spokesman", "BSA
    // Secretary-General Mark Boleat": the title repairs read those, and the re-run of judged
    // triples found both cut to "SAF spokesman" and "Secretary-General Mark Boleat").
    bool titled = acronym(at(b + 1).form);
    for (int w = b + 1; w <= e && !titled; ++w) {
      const std::string& form = at(w).form;
      titled = nlp::Gazetteer::IsPersonTitle(form) ||
               nlp::Gazetteer::IsPersonTitle(form.substr(0, form.find('-')));
    }
    if (titled) continue;
    at(b).entity = "B-ORGANIZATION";
    at(b + 1).entity = "B-PERSON";
    // The parse hung the name on the acronym ("CNPF" the subject, the name its flat words): the
    // name's first word takes the acronym's place, the acronym its compound (1-based heads).
    if (at(b + 1).head == b + 1 && at(b + 1).deprel == "flat") {
      at(b + 1).head = at(b).head;
      at(b + 1).deprel = at(b).deprel;
      for (int c = 0; c < n; ++c)
        if (c != b + 1 && at(c).head == b + 1) at(c).head = b + 2;
      at(b).head = b + 2;
      at(b).deprel = "compound";
    }
  }
}

// "Developer Donald Trump" tagged one person: a common noun (UPOS NOUN) that starts a PERSON span
// right before a given name is a description of the person, no word of the name.
void DropDescriptionsFromPersons(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  // "Economist John Smith" tagged a proper noun: a word WordNet knows as a kind of person, no
  // given name or honorific ("Sheikh"), opening the phrase.
  const auto calling = [&](int b) {
    if (at(b).upos == "NOUN") return true;
    if (at(b).upos != "PROPN" || nlp::Gazetteer::IsHonorific(at(b).form)) return false;
    // Only where it opens the phrase ("Oil Minister Sheikh Ali" is a title's run).
    if (b > 0 && (at(b - 1).upos == "NOUN" || at(b - 1).upos == "PROPN" || at(b - 1).upos == "ADJ"))
      return false;
    return IsCapitalisedCalling(*nlp::Lexicon::Open(), gazetteer, at(b).form);
  };
  for (int b = 0; b + 2 < n; ++b) {
    if (at(b).entity != "B-PERSON" || SpanEnd(tokens, b) < b + 2 ||
        !gazetteer.IsGivenName(at(b + 1).form) || nlp::Gazetteer::IsPersonTitle(at(b).form) ||
        !calling(b))
      continue;
    at(b).entity = "O";
    at(b + 1).entity = "B-PERSON";
  }
}

// "Analyst George Salem" with "Salem" tagged a city (the document's other "Salem" read as the
// town) and "George" untagged: a one-word place span hung by `flat` on the capitalised given name
// right before it, which is in no span, is a person's name with it (the pair no known place).
void PersonsBeforePlaces(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 1; b < n; ++b) {
    const std::string type = TypeOf(at(b).entity);
    if (!at(b).entity.starts_with("B-") || (type != "CITY" && type != "LOCATION") ||
        SpanEnd(tokens, b) != b || at(b).deprel != "flat" || at(b).head != b ||
        at(b - 1).entity != "O" || !Capitalised(at(b - 1).form) ||
        !gazetteer.IsGivenName(at(b - 1).form) ||
        gazetteer.IsKnownPlace(at(b - 1).form + " " + at(b).form))
      continue;
    TagSpan(tokens, b - 1, b, "PERSON");
  }
}

namespace {

// "Kansas City Board of Trade" tagged a place, "Wall Street Journal" a person, "New England Journal
// of Medicine" a place: a name of two words or more typed a place, person, people or nothing
// particular whose last word is a word of organisations (nlp::Gazetteer::IsOrganizationWord:
// "Board", "Bank", "Institute") or of newspapers (Journal, Times, Post, ...), or that has such a
// word before an "of" after its first word, is an organisation's, unless the whole is a country
// or a place the lists or WordNet know ("Soviet Union", "West Bank"), or a person's span with "of"
// (a person of a firm).
void TypeInstitutionNames(std::vector<nlp::Token>& tokens, const nlp::Gazetteer& gazetteer) {
  static constexpr std::array<std::string_view, 10> kPaperWords = {
      "journal", "times",     "post",      "herald",   "gazette",
      "tribune", "chronicle", "telegraph", "magazine", "newspaper"};
  // Not a legal form: a firm's name ("Halden Motors Corp") is read by the firm rules below.
  const auto institution = [&](const std::string& word) {
    return (nlp::Gazetteer::IsOrganizationWord(word) && !nlp::IsLegalForm(word)) ||
           std::find(kPaperWords.begin(), kPaperWords.end(), nlp::Lower(word)) != kPaperWords.end();
  };
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    const std::string type = TypeOf(at(b).entity);
    if (at(b).entity.rfind("B-", 0) != 0 || (type != "LOCATION" && type != "CITY" &&
                                             type != "PERSON" && type != "NORP" && type != "OTHER"))
      continue;
    const int e = SpanEnd(tokens, b);
    if (e == b) continue;
    // A person's span with "of" is a person and what the person is of ("analyst Daniel Lee of
    // Drexel Burnham Lambert Inc": SplitPersonsOfPlaces).
    bool of = false;
    for (int w = b + 1; w < e; ++w) of = of || at(w).form == "of";
    if (type == "PERSON" && of) continue;
    bool found = Capitalised(at(e).form) && institution(at(e).form);
    for (int w = b + 1; w < e && !found; ++w)
      found = Capitalised(at(w).form) && institution(at(w).form) && at(w + 1).form == "of";
    if (!found) continue;
    std::string name;
    for (int w = b; w <= e; ++w) name += (w > b ? " " : "") + at(w).form;
    if (gazetteer.FindCountry(name) != nullptr || gazetteer.IsKnownPlace(name)) continue;
    // WordNet's places ("Soviet Union", "West Bank": a proper noun whose first sense is one).
    const auto lexicon = nlp::Lexicon::Open();  // the answer lives as long as the lexicon
    const nlp::NounInfo& noun = lexicon->Noun(name);
    if (!noun.senses.empty() && noun.senses.front().proper &&
        noun.senses.front().lex_file == static_cast<int>(nlp::LexFile::kLocation))
      continue;
    TagSpan(tokens, b, e, "ORGANIZATION");
  }
}

// "Duff and Phelps put the securities on its watch list" tagged one person: a PERSON span of two
// capitalised words joined by "and" or "&" is a firm named for its partners (ORGANIZATION), when
// the two are not both given names (Gazetteer::IsGivenName: "Greta and Malik" are two people)
// unless they are one name twice ("Johnson and Johnson"), neither is a person WordNet knows
// ("Reagan and Gorbachev", "Baker and Shultz") and neither is a word of any other PERSON span of
// the article ("Prime Minister Yasuhiro Nakasone" before "Nakasone and Takeshita").
void FirmsOfPartners(std::vector<nlp::AnalyzedSentence>& sentences,
                     const nlp::Gazetteer& gazetteer) {
  struct Pair {
    nlp::AnalyzedSentence* sentence;
    int first;
  };
  std::vector<Pair> pairs;
  std::vector<std::string> person_words;  // words of the other PERSON spans
  for (nlp::AnalyzedSentence& s : sentences) {
    const auto& tokens = s.tokens;
    const auto at = [&](int i) -> const nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
    for (int b = 0; b < static_cast<int>(tokens.size()); ++b) {
      if (at(b).entity != "B-PERSON") continue;
      const int e = SpanEnd(tokens, b);
      const bool pair = e == b + 2 && (at(b + 1).form == "and" || at(b + 1).form == "&") &&
                        Capitalised(at(b).form) && Capitalised(at(e).form) &&
                        at(b).upos == "PROPN" && at(e).upos == "PROPN";
      if (pair) {
        pairs.push_back({&s, b});
        continue;
      }
      for (int w = b; w <= e; ++w) person_words.push_back(at(w).form);
    }
  }
  const auto known = [&](const std::string& word) {
    return std::find(person_words.begin(), person_words.end(), word) != person_words.end() ||
           HasPersonSense(word) == true;
  };
  for (const Pair& p : pairs) {
    auto& tokens = p.sentence->tokens;
    const std::string& a = tokens[static_cast<std::size_t>(p.first)].form;
    const std::string& b = tokens[static_cast<std::size_t>(p.first + 2)].form;
    if (a != b && gazetteer.IsGivenName(a) && gazetteer.IsGivenName(b)) continue;
    if (known(a) || known(b)) continue;
    TagSpan(tokens, p.first, p.first + 2, "ORGANIZATION");
  }
}

}  // namespace

bool IsNumberedLabel(std::string_view label, std::string_view code) {
  static constexpr std::array<std::string_view, 14> kLabels{
      "Chapter",    "Rule",  "Section",  "Article",   "Form",  "Class",       "Series",
      "Regulation", "Title", "Schedule", "Paragraph", "Phase", "Proposition", "Amendment"};
  return std::find(kLabels.begin(), kLabels.end(), label) != kLabels.end() &&
         std::any_of(code.begin(), code.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// "U.S. Senate on Tuesday", "Parliament on Monday": a span (no DATE) that ends on a preposition
// and a day or month, with only numbers and commas after it ("on March 3, 1987"), ends before
// the preposition: the time is the clause's, not the name's.
void DropTimeTails(std::vector<nlp::Token>& tokens) {
  static constexpr std::array<std::string_view, 8> kTimePrepositions = {
      "on", "in", "at", "since", "during", "until", "by", "from"};
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (!at(b).entity.starts_with("B-") || at(b).entity == "B-DATE") continue;
    const int e = SpanEnd(tokens, b);
    for (int w = b + 1; w < e; ++w) {
      const std::string word = nlp::Lower(at(w).form);
      if (std::find(kTimePrepositions.begin(), kTimePrepositions.end(), word) ==
              kTimePrepositions.end() ||
          !nlp::Gazetteer::IsMonthOrWeekday(at(w + 1).form) || !Capitalised(at(w + 1).form))
        continue;
      bool tail = true;
      for (int k = w + 2; k <= e && tail; ++k) tail = at(k).upos == "NUM" || at(k).form == ",";
      if (!tail) continue;
      for (int k = w; k <= e; ++k) at(k).entity = "O";
      break;
    }
    // "the Bank of England on March 3" tagged up to "on": no name ends on a preposition.
    int last = SpanEnd(tokens, b);
    while (last > b && std::find(kTimePrepositions.begin(), kTimePrepositions.end(),
                                 nlp::Lower(at(last).form)) != kTimePrepositions.end())
      at(last--).entity = "O";
    b = e;
  }
}

// "the Federal Office of Industry, Trade and Labour" tagged up to "Industry": an organisation's
// span that ends on "of" and a capitalised word, followed by a list of single capitalised words
// that opens with a comma and ends with "and" and a capitalised word (", Trade and Labour"), then
// a word that is not capitalised, runs on to the list's last word ("the Bay of Plenty and
// Waikato" is two places).
void JoinOfLists(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 0; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION") continue;
    const int e = SpanEnd(tokens, b);
    if (e - b < 2 || at(e - 1).form != "of" || !Capitalised(at(e).form)) {
      b = e;
      continue;
    }
    // At least two items: a comma first ("the Bank of England and Barclays" is two names).
    int w = e + 1;
    int last = -1;
    if (w >= n || at(w).form != ",") continue;
    while (w + 1 < n && (at(w).form == "," || at(w).form == "and") && Capitalised(at(w + 1).form) &&
           at(w + 1).upos != "PUNCT") {
      const bool closing = at(w).form == "and";
      w += 2;
      if (closing) {
        last = w - 1;
        break;
      }
    }
    if (last < 0 ||
        (last + 1 < n && Capitalised(at(last + 1).form) && at(last + 1).upos != "PUNCT"))
      continue;
    for (int k = e + 1; k <= last; ++k) at(k).entity = "I-ORGANIZATION";
    b = last;
  }
}

// "the Coffee, Sugar and Cocoa Exchange" tagged "Coffee" a place and "Sugar and Cocoa Exchange"
// a firm (sheet 1111 judged the object cut, and "Coffee" expanded a trading limit): after "the",
// single capitalised words each followed by a comma, right before an organisation's span with
// "and" inside that ends on a word of organisations, are the front of its name.
void JoinCommaNameLists(std::vector<nlp::Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  const auto at = [&](int i) -> nlp::Token& { return tokens[static_cast<std::size_t>(i)]; };
  for (int b = 3; b < n; ++b) {
    if (at(b).entity != "B-ORGANIZATION") continue;
    const int e = SpanEnd(tokens, b);
    bool joined = false;
    for (int w = b + 1; w < e && !joined; ++w) joined = nlp::Lower(at(w).form) == "and";
    if (!joined || !nlp::Gazetteer::IsOrganizationWord(at(e).form) || at(b - 1).form != ",") {
      b = e;
      continue;
    }
    // Back over "Word ," pairs to "the".
    int first = b;
    while (first >= 3 && at(first - 1).form == "," && Capitalised(at(first - 2).form) &&
           at(first - 2).upos != "PUNCT" &&
           (at(first - 2).entity == "O" ||
            (at(first - 2).entity.starts_with("B-") && SpanEnd(tokens, first - 2) == first - 2)))
      first -= 2;
    if (first < b && nlp::Lower(at(first - 1).form) == "the")
      TagSpan(tokens, first, e, "ORGANIZATION");
    b = e;
  }
}

void RepairNameSpans(std::vector<nlp::AnalyzedSentence>& sentences,
                     const nlp::Gazetteer& gazetteer) {
  for (nlp::AnalyzedSentence& s : sentences) {
    ExtendLeft(s.tokens, gazetteer);
    TypeInstitutionNames(s.tokens, gazetteer);
    JoinOrganizationNameFronts(s.tokens);
    JoinPluralPossessiveFronts(s.tokens);
    JoinPlaceFirmForms(s.tokens, gazetteer);
    JoinGeographicNames(s.tokens);
    SplitTitledPersons(s.tokens, gazetteer);
    SplitFirmsFromTitledPersons(s.tokens, gazetteer);
    JoinRomanceNames(s.tokens);
    JoinRomancePlaces(s.tokens, gazetteer);
    SplitCountries(s.tokens, gazetteer);
    JoinPossessiveFirms(s.tokens, gazetteer);
    ExtendOrganizationsRight(s.tokens);
    JoinNationalUnits(s.tokens);
    // A firm run on over "of" may have taken a title and a name ("Bank of Japan" + "Governor
    // Satoshi Sumita").
    SplitTitledPersons(s.tokens, gazetteer);
    JoinOrganizationFronts(s.tokens, gazetteer);
    TypeAppositiveNames(s.tokens);
    RetypeGeneralNames(s.tokens);
    JoinTitleSpans(s.tokens);
    SplitTitleObjects(s.tokens, gazetteer);
    TypeTitledPersons(s.tokens, gazetteer);
    ExtendFlatPersons(s.tokens);
    ExtendNumberedNames(s.tokens);
    PersonsBeforePlaces(s.tokens, gazetteer);
    DropDescriptionsFromPersons(s.tokens, gazetteer);
    SplitAcronymsFromPersons(s.tokens, gazetteer);
    SplitPersonsOfPlaces(s.tokens, gazetteer);
    DropTimeTails(s.tokens);
    EndPersonsAtCommas(s.tokens);
    JoinDayPairs(s.tokens);
    DropTitleOnlyPersons(s.tokens);
    JoinOfLists(s.tokens);
    JoinCommaNameLists(s.tokens);
  }
  FirmsOfPartners(sentences, gazetteer);
}

}  // namespace kg::extract
