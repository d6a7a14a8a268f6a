#include "extract/clauses/firm_places.h"

#include <string_view>

#include "extract/clauses/token_tree.h"

namespace kg::extract {
namespace {

bool IsPlace(const nlp::Token& t) {
  const std::string_view tag = t.entity;
  return tag == "B-CITY" || tag == "B-COUNTRY" || tag == "B-LOCATION";
}

void Repair(std::vector<nlp::Token>& tokens) {
  const TokenTree s(tokens);
  for (int firm = 0; firm < s.size(); ++firm) {
    if (!s.At(firm).entity.ends_with("-ORGANIZATION") || !IsNominal(s.At(firm))) continue;
    bool coordinated = false;
    std::vector<int> places;
    for (int c = firm + 1; c < s.size(); ++c) {
      if (s.Head(c) != firm || BaseRel(s.At(c)) != "conj") continue;
      if (s.HasChild(c, "cc")) coordinated = true;
      if (IsPlace(s.At(c)) && s.At(c - 1).form == ",") places.push_back(c);
    }
    if (coordinated || places.empty()) continue;
    int previous = firm;
    for (const int place : places) {
      s.Attach(place, previous, "appos");
      previous = place;
    }
  }
}

}  // namespace

void RepairFirmPlaces(std::vector<nlp::AnalyzedSentence>& sentences) {
  for (nlp::AnalyzedSentence& s : sentences) Repair(s.tokens);
}

}  // namespace kg::extract
