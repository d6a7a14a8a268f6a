#include "nlp/firm_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>

#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr std::size_t kMaxWordsPerName = 3;

// The word that ends a firm named by its partners: "Merrill Lynch and Co", "Lund & Sons".
bool IsFirmTail(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kTails = {
      "co", "cos", "company", "sons", "partners", "associates", "brothers"};
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return std::find(kTails.begin(), kTails.end(), w) != kTails.end();
}

// A word that ends the name of an association, bank or public body: "Savings and Loan
// Association", "Ways and Means Committee", "Health and Safety Commission".
bool IsInstitutionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "association", "bank",      "trust",    "society",    "institute", "commission", "committee",
      "council",     "authority", "ministry", "department", "agency",    "federation", "board"};
  const std::string w = Lower(word);
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// A compound modifier of where a firm is ("New York-based", "Paris-listed", "state-owned"): a
// hyphenated word whose last part is one of based, listed, owned, controlled, registered,
// headquartered.
bool IsPlaceModifier(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kTails = {
      "based", "listed", "owned", "controlled", "registered", "headquartered"};
  const std::size_t dash = word.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= word.size()) return false;
  const std::string tail = Lower(word.substr(dash + 1));
  return std::find(kTails.begin(), kTails.end(), tail) != kTails.end();
}

// One name of a run: capitalised words [begin, end).
struct Name {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::string Text(const std::vector<std::string>& tokens, Name n) {
  std::string out;
  for (std::size_t i = n.begin; i < n.end; ++i) out += (out.empty() ? "" : " ") + tokens[i];
  return out;
}

// True when a name of the run is a place or a people ("France", "Tobago", "Germans") or a month.
// A nationality that opens a longer name before a legal form is the firm's first word ("American
// Telephone and Telegraph Co", "British Printing and Communication Corp"), when `legal`.
bool IsPlaceOrPeople(const std::vector<std::string>& tokens, Name n, const Gazetteer& gazetteer,
                     bool legal) {
  const std::string text = Text(tokens, n);
  if (gazetteer.FindCountry(text) != nullptr || gazetteer.IsKnownPlace(text)) return true;
  for (std::size_t i = n.begin; i < n.end; ++i) {
    if (Gazetteer::IsMonthOrWeekday(tokens[i])) return true;
    if (gazetteer.IsDemonym(tokens[i]) && !(legal && i == n.begin && n.end > n.begin + 1))
      return true;
  }
  return false;
}

// True when tokens [at, at + 3) are "(" ACRONYM ")" whose letters are the names' initials.
bool AcronymFollows(const std::vector<std::string>& tokens, std::size_t at,
                    const std::vector<Name>& names) {
  if (at + 2 >= tokens.size() || tokens[at] != "(" || tokens[at + 2] != ")") return false;
  const std::string& acronym = tokens[at + 1];
  if (acronym.size() != names.size()) return false;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(tokens[names[i].begin][0])) !=
        static_cast<unsigned char>(acronym[i]))
      return false;
  return true;
}

// The names of the run whose join ("&", "and") is at `join`, in order; empty when the words
// around it are not capitalised. The "Co" of "Lund Brothers & Co" is the last name.
std::vector<Name> NamesAround(const std::vector<std::string>& tokens, std::size_t join) {
  std::vector<Name> names;
  Name last{join + 1, join + 1};
  while (last.end < tokens.size() && last.end - last.begin < kMaxWordsPerName &&
         StartsWithCapital(tokens[last.end]) &&
         !(last.end > last.begin && IsLegalForm(tokens[last.end])))
    ++last.end;
  if (last.end == last.begin || join == 0) return {};
  names.push_back(last);
  std::size_t end = join;  // the end of the name before the separator
  while (end > 0 && StartsWithCapital(tokens[end - 1])) {
    Name n{end, end};
    while (n.begin > 0 && end - n.begin < kMaxWordsPerName &&
           StartsWithCapital(tokens[n.begin - 1]))
      --n.begin;
    names.push_back(n);
    if (n.begin < 2 || tokens[n.begin - 1] != ",") break;
    end = n.begin - 1;
  }
  if (names.size() < 2) return {};
  std::reverse(names.begin(), names.end());
  return names;
}

// "auditors Deloitte Haskins and Sells", "the law firm Hale and Brun": a word for a firm of a
// profession right before the names says they are one firm. Words for the people of one
// (lawyers, advisers) do not: "lawyers Hale and Brun" may be two.
bool FirmWordBefore(const std::vector<std::string>& tokens, std::size_t begin) {
  static constexpr std::string_view kFirmWords[] = {
      "auditors", "auditor",      "accountants", "accountancy", "firm",       "brokerage",
      "brokers",  "stockbrokers", "consultancy", "consultants", "partnership"};
  if (begin == 0) return false;
  const std::string before = Lower(tokens[begin - 1]);
  return std::find(std::begin(kFirmWords), std::end(kFirmWords), before) != std::end(kFirmWords);
}

// Puts `firm` in place of every mention it overlaps.
std::vector<EntityMention> Replace(std::vector<EntityMention> mentions, EntityMention firm) {
  std::erase_if(mentions,
                [&](const EntityMention& m) { return m.end > firm.begin && m.begin < firm.end; });
  mentions.push_back(std::move(firm));
  return mentions;
}

// A capitalised word that opens sentences and is no part of a name ("But Acme Corp said",
// "Today Acme Inc said").
bool IsSentenceOpener(std::string_view word) {
  static constexpr std::array<std::string_view, 26> kOpeners = {
      "the",   "a",     "an",     "but", "and",  "or",        "so",    "yet",      "in",
      "on",    "at",    "for",    "of",  "with", "by",        "from",  "as",       "when",
      "while", "after", "before", "if",  "also", "meanwhile", "today", "yesterday"};
  const std::string w = Lower(word);
  return std::find(kOpeners.begin(), kOpeners.end(), w) != kOpeners.end();
}

// True when one mention holds all of [begin, end).
bool Covers(const std::vector<EntityMention>& mentions, std::size_t begin, std::size_t end) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const EntityMention& m) { return m.begin <= begin && m.end >= end; });
}

// Two firms the recogniser read as one: "Coastal Corp and Ravel Gas Corp" splits after the
// first's legal form into two organisations.
std::vector<EntityMention> SplitFirmPairs(const std::vector<std::string>& tokens,
                                          std::vector<EntityMention> mentions) {
  std::vector<EntityMention> out;
  for (EntityMention& m : mentions) {
    std::size_t begin = m.begin;
    for (std::size_t j = m.begin + 1; j + 1 < m.end; ++j) {
      if ((tokens[j] != "and" && tokens[j] != "&") || !IsLegalForm(tokens[j - 1]) ||
          !StartsWithCapital(tokens[j + 1]) || IsFirmTail(tokens[j + 1]))
        continue;
      out.push_back({begin, j, "ORGANIZATION"});
      begin = j + 1;
    }
    if (begin == m.begin) {
      out.push_back(std::move(m));
    } else {
      out.push_back({begin, m.end, "ORGANIZATION"});
    }
  }
  return out;
}

// A connector of a Romance firm's name: "Volkswagen do Brasil", "Barclays de Zoete Wedd".
bool IsRomanceConnector(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kWords = {"de",  "do", "da", "dos", "das",
                                                             "del", "du", "di", "des"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// The first of the capitalised words that end at `last` (at most three; no legal form or
// sentence opener among them), or last + 1 when there are none or `last` is a title or honorific
// ("Chairman of Acme Corp"; a title further back is a name's word: "General Motors do Brasil").
std::size_t ParentFront(const std::vector<std::string>& tokens, std::size_t last) {
  if (Gazetteer::IsPersonTitle(tokens[last]) || Gazetteer::IsHonorific(tokens[last]))
    return last + 1;
  std::size_t front = last + 1;
  while (front > 0 && last + 1 - (front - 1) <= kMaxWordsPerName &&
         StartsWithCapital(tokens[front - 1]) && !IsLegalForm(tokens[front - 1]) &&
         !IsSentenceOpener(tokens[front - 1]))
    --front;
  return front;
}

// "Honda Motor of America Inc", "Volkswagen do Brasil SA", "Bank of Boston Corp": a firm named
// for its place after "of" or a Romance connector takes the capitalised words before it
// (ParentFront); after "of" only when one of them is in a mention of the recogniser's or the last
// is an organisation's word ("Bank"): not a title's ("Chairman of Acme Corp") nor a sentence's
// opening common noun ("Shares of Acme Corp rose"). Returns the name's first word: `begin`, or
// the parent's first.
std::size_t WithParentName(const std::vector<std::string>& tokens,
                           const std::vector<EntityMention>& mentions, std::size_t begin) {
  if (begin < 2) return begin;
  const bool romance = IsRomanceConnector(tokens[begin - 1]);
  if (!romance && tokens[begin - 1] != "of") return begin;
  const std::size_t last = begin - 2;
  const std::size_t front = ParentFront(tokens, last);
  if (front > last) return begin;
  bool named = romance || Gazetteer::IsOrganizationWord(tokens[last]);
  for (const EntityMention& m : mentions)
    named = named || (m.begin <= last && m.end > front && m.type != "PERSON");
  return named ? front : begin;
}

}  // namespace

bool IsLegalForm(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kForms = {
      "inc",          "corp",  "co",   "ltd", "plc", "llc",    "llp", "lp", "l.p", "cos",
      "incorporated", "ag",    "gmbh", "sa",  "s.a", "nv",     "n.v", "bv", "b.v", "spa",
      "ab",           "l.l.c", "pty",  "pte", "bhd", "berhad", "sdn", "oy", "oyj", "kgaa"};
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

std::vector<EntityMention> JoinFirmNames(const std::vector<std::string>& tokens,
                                         std::vector<EntityMention> mentions,
                                         const Gazetteer& gazetteer) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const bool ampersand = tokens[k] == "&";
    if (!ampersand && tokens[k] != "and") continue;
    std::vector<Name> names = NamesAround(tokens, k);
    // "The Federal Savings and Loan Insurance Corp": a sentence's opening word is no part of the
    // first name.
    if (!names.empty() && names.front().end > names.front().begin + 1 &&
        IsSentenceOpener(tokens[names.front().begin]))
      ++names.front().begin;
    const bool legal_after =
        !names.empty() && names.back().end < tokens.size() && IsLegalForm(tokens[names.back().end]);
    if (names.empty() || std::any_of(names.begin(), names.end(), [&](Name n) {
          return IsPlaceOrPeople(tokens, n, gazetteer, legal_after);
        }))
      continue;
    // A partner that has a legal form of its own is a firm of its own: "Coastal Corp and
    // Ravel Gas Corp" are two.
    if (std::any_of(names.begin(), names.end() - 1,
                    [&](Name n) { return IsLegalForm(tokens[n.end - 1]); }))
      continue;
    const Name whole{names.front().begin, names.back().end};
    if (gazetteer.FindCountry(Text(tokens, whole)) != nullptr) continue;
    std::size_t end = whole.end;
    const bool legal = end < tokens.size() && IsLegalForm(tokens[end]);
    const bool tail =
        names.back().end == names.back().begin + 1 && IsFirmTail(tokens[names.back().begin]);
    // "Freedom Savings and Loan Association", "House Ways and Means Committee Chairman": two
    // words joined inside one body's name, the second name closed by the body's word (taken up to
    // it), the first name holding no such word nor a legal form ("Sanwa Bank and Sumitomo Bank",
    // "United Asian Bank Bhd and Perwira Habib Bank" are two), nor the second opening with one.
    std::size_t institution = 0;
    bool first_is_body = false;
    for (std::size_t i = names.front().begin; i < names.front().end; ++i)
      first_is_body = first_is_body || IsInstitutionWord(tokens[i]) || IsLegalForm(tokens[i]);
    if (names.size() == 2 && !first_is_body && !IsInstitutionWord(tokens[k + 1]))
      for (std::size_t i = names.back().begin + 1; i < names.back().end && institution == 0; ++i)
        if (IsInstitutionWord(tokens[i])) institution = i + 1;
    // A mention the recogniser made of it already (even with more after it) stands.
    if (institution != 0 && !legal && !Covers(mentions, whole.begin, institution)) {
      mentions = Replace(std::move(mentions), {whole.begin, institution, "ORGANIZATION"});
      k = institution - 1;
      continue;
    }
    if (!ampersand && !legal && !tail && !AcronymFollows(tokens, end, names) &&
        !FirmWordBefore(tokens, whole.begin))
      continue;
    // "Sumitomo Trust and Banking Co Ltd", "British Printing and Communication Corp Plc": every
    // legal form after the names.
    while (end < tokens.size() && IsLegalForm(tokens[end])) ++end;
    mentions = Replace(std::move(mentions), {whole.begin, end, "ORGANIZATION"});
    k = end - 1;
  }
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (!IsLegalForm(tokens[k]) || StartsWithCapital(tokens[k]) ||
        !StartsWithCapital(tokens[k - 1]))
      continue;
    std::size_t begin = k - 1;
    while (begin > 0 && k - begin < kMaxWordsPerName + 1 && StartsWithCapital(tokens[begin - 1]))
      --begin;
    if (Lower(tokens[begin]) == "the" && begin + 1 < k) ++begin;
    mentions = Replace(std::move(mentions), {begin, k + 1, "ORGANIZATION"});
  }
  // "analyst at Shearson Lehman Brothers": a partnership's word that ends firms ("Brothers",
  // "Sons", "Partners", "Associates") closes the name as a legal form does (the recogniser had
  // "Shearson" a place and "Lehman Brothers" a people, sheet 1213 judged the firm cut).
  const auto partnership_tail = [](std::string_view word) {
    const std::string w = Lower(word);
    return w == "brothers" || w == "sons" || w == "partners" || w == "associates";
  };
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (!(IsLegalForm(tokens[k]) || partnership_tail(tokens[k])) || !StartsWithCapital(tokens[k]) ||
        !StartsWithCapital(tokens[k - 1]) || IsLegalForm(tokens[k - 1]))
      continue;
    std::size_t begin = k - 1;
    while (begin > 0 && k - begin < kMaxWordsPerName + 1 && StartsWithCapital(tokens[begin - 1]) &&
           !IsLegalForm(tokens[begin - 1]))
      --begin;
    while (begin + 1 < k && IsSentenceOpener(tokens[begin])) ++begin;
    if (IsSentenceOpener(tokens[begin])) continue;
    begin = WithParentName(tokens, mentions, begin);
    // Every legal form right after it is the name's too ("Delhi Petroleum Pty Ltd").
    std::size_t end = k + 1;
    while (end < tokens.size() && IsLegalForm(tokens[end]) && StartsWithCapital(tokens[end])) ++end;
    if (Covers(mentions, begin, end)) continue;
    mentions = Replace(std::move(mentions), {begin, end, "ORGANIZATION"});
  }
  // "General Motors do Brasil said": capitalised words, a Romance connector and a country's or
  // city's name (the gazetteer's, or the recogniser's mention: "Brasil") or any capitalised words
  // after an organisation the recogniser found are one firm, with any legal form after them.
  for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
    if (!IsRomanceConnector(tokens[k]) || !StartsWithCapital(tokens[k + 1])) continue;
    const std::size_t front = ParentFront(tokens, k - 1);
    if (front == k) continue;
    std::size_t end = k + 1;
    while (end < tokens.size() && end - k <= kMaxWordsPerName && StartsWithCapital(tokens[end]) &&
           !IsLegalForm(tokens[end]))
      ++end;
    const bool country =
        gazetteer.FindCountry(Text(tokens, {k + 1, end})) != nullptr ||
        std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
          return m.begin == k + 1 && m.end <= end && (m.type == "COUNTRY" || m.type == "CITY");
        });
    const bool firm = std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
      return m.type == "ORGANIZATION" && m.end == k && m.begin <= front;
    });
    // "Sebastiao do Rego Barros": a person's name particle.
    const bool person = std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
      return m.type == "PERSON" && m.end > front && m.begin < end;
    });
    if ((!country && !firm) || person) continue;
    while (end < tokens.size() && IsLegalForm(tokens[end])) ++end;
    if (Covers(mentions, front, end)) continue;
    mentions = Replace(std::move(mentions), {front, end, "ORGANIZATION"});
    k = end - 1;
  }
  mentions = SplitFirmPairs(tokens, std::move(mentions));
  // "the New York-based Bastian Technologies Corp": a word that says where a firm is based,
  // listed or owned ends no name; the name begins after it.
  for (EntityMention& m : mentions)
    for (std::size_t k = m.end; k-- > m.begin + 1;)
      if (IsPlaceModifier(tokens[k - 1])) {
        m.begin = k;
        break;
      }
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
  return mentions;
}

}  // namespace kg::nlp
