#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/emit_triples.h"
#include "extract/entities/coreference.h"
#include "model/triple.h"
#include "nlp/analysis.h"

namespace kg::extract {

// "Vantora Inc said its board approved the merger", "Castex said its board rejected the offer":
// an argument whose common-noun head is owned by "its", "his" or "her" is named for its owner
// when coreference (`links`, extract/entities/coreference.h) resolved the owner to a name the
// recogniser tagged (a person, organisation or place; no date or amount): "Vantora's board", as
// the text would write it (an organisation without its legal form; "' " after a final "s"). A
// bare "board" was one node for every board of every story, and "value", "announcement",
// "share" of "its value", "its announcement" were judged junk (sheet 1269). Not "their" (it may
// stand for several: "Sun, Phillips and Diamond said their ..."), names, values, pronouns or
// reported clauses. A triple of the same sentence credited to the renamed argument is credited to
// the new name. `sentences` are the article's analysed sentences the triples' evidence indexes.
// In place; never throws.
void NameOwnedNouns(const std::vector<nlp::AnalyzedSentence>& sentences,
                    const std::vector<PronounLink>& links, std::vector<EmittedTriple>& emitted);

// An argument owned by a definite noun ("the company's board", "the minister's remarks"): which
// triple and side (0 subject, 1 object) of the emitted ones, its sentence, and the owner as an
// argument of its own ("company", definite), to be resolved as "the company" would be.
struct DefiniteOwner {
  std::size_t triple = 0;
  int side = 0;
  std::size_t sentence = 0;
  Argument owner;
};

// The arguments of `emitted` (unnamed, no value, pronoun or reported clause) whose common-noun
// head has an owner (nmod:poss) that is a common noun with "the" and whose name begins with that
// owner's name and "'s" or "'" ("company's board"). Never throws.
[[nodiscard]] std::vector<DefiniteOwner> DefiniteOwners(
    const std::vector<nlp::AnalyzedSentence>& sentences, const std::vector<EmittedTriple>& emitted);

// Names each argument of `owners` for what its owner resolved to (`named[k]`, the entity of
// owners[k].owner, or nothing): when that is a person, organisation or place, "the company's
// board" becomes "Vantora's board" (an organisation without its legal form), and a triple of the
// same sentence credited to the argument is credited to the new name. True when any argument was
// renamed. `named` has one entry per owner. In place; never throws.
bool NameDefiniteOwners(const std::vector<DefiniteOwner>& owners,
                        const std::vector<std::optional<model::Entity>>& named,
                        std::vector<EmittedTriple>& emitted);

}  // namespace kg::extract
