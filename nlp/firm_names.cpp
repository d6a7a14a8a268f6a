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

bool IsCapitalised(const std::string& w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) != 0;
}

// A company's legal form as news copy writes it, in any case, with or without its full stop.
bool IsLegalForm(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kForms = {
      "inc", "corp", "co", "ltd", "plc", "llc", "llp", "lp", "cos", "incorporated"};
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
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
bool IsPlaceOrPeople(const std::vector<std::string>& tokens, Name n, const Gazetteer& gazetteer) {
  const std::string text = Text(tokens, n);
  if (gazetteer.FindCountry(text) != nullptr || gazetteer.IsKnownPlace(text)) return true;
  for (std::size_t i = n.begin; i < n.end; ++i)
    if (gazetteer.IsDemonym(tokens[i]) || Gazetteer::IsMonthOrWeekday(tokens[i])) return true;
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
         IsCapitalised(tokens[last.end]) &&
         !(last.end > last.begin && IsLegalForm(tokens[last.end])))
    ++last.end;
  if (last.end == last.begin || join == 0) return {};
  names.push_back(last);
  std::size_t end = join;  // the end of the name before the separator
  while (end > 0 && IsCapitalised(tokens[end - 1])) {
    Name n{end, end};
    while (n.begin > 0 && end - n.begin < kMaxWordsPerName && IsCapitalised(tokens[n.begin - 1]))
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

}  // namespace

std::vector<EntityMention> JoinFirmNames(const std::vector<std::string>& tokens,
                                         std::vector<EntityMention> mentions,
                                         const Gazetteer& gazetteer) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const bool ampersand = tokens[k] == "&";
    if (!ampersand && tokens[k] != "and") continue;
    const std::vector<Name> names = NamesAround(tokens, k);
    if (names.empty() || std::any_of(names.begin(), names.end(),
                                     [&](Name n) { return IsPlaceOrPeople(tokens, n, gazetteer); }))
      continue;
    const Name whole{names.front().begin, names.back().end};
    if (gazetteer.FindCountry(Text(tokens, whole)) != nullptr) continue;
    std::size_t end = whole.end;
    const bool legal = end < tokens.size() && IsLegalForm(tokens[end]);
    if (!ampersand && !legal && !AcronymFollows(tokens, end, names) &&
        !FirmWordBefore(tokens, whole.begin))
      continue;
    if (legal) ++end;
    mentions = Replace(std::move(mentions), {whole.begin, end, "ORGANIZATION"});
    k = end - 1;
  }
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (!IsLegalForm(tokens[k]) || IsCapitalised(tokens[k]) || !IsCapitalised(tokens[k - 1]))
      continue;
    std::size_t begin = k - 1;
    while (begin > 0 && k - begin < kMaxWordsPerName + 1 && IsCapitalised(tokens[begin - 1]))
      --begin;
    if (Lower(tokens[begin]) == "the" && begin + 1 < k) ++begin;
    mentions = Replace(std::move(mentions), {begin, k + 1, "ORGANIZATION"});
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.begin < b.begin; });
  return mentions;
}

}  // namespace kg::nlp
