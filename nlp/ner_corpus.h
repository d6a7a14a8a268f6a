#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/ner_labels.h"

namespace kg::nlp {

// One sentence of named-entity training data: its tokens, their UPOS tags when the source has
// them (empty otherwise), and one BIO label (nlp/ner_labels.h) per token.
struct NerSentence {
  std::string doc;  // document id ("# newdoc id"), for document-level features
  std::string id;   // "# sent_id", when the source gives one
  std::vector<std::string> tokens;
  std::vector<std::string> upos;
  std::vector<NerLabel> labels;
};

// Whether a single-token name is a nationality or a people ("German", "Americans"); mentions
// of persons or groups that are only that become NORP.
using DemonymTest = std::function<bool(std::string_view)>;

// Reads GUM's named mentions from CoNLL-U with `Entity=` in MISC (see
// ../shared/treebanks/README.md). A mention is named when its syntactic head (the token whose
// head lies outside the mention) is PROPN; its name is the run of proper or capitalised tokens
// around that head inside the mention (with "of", "&", "and", "de", "the" between them), so
// "the University of Portsmouth" gives "University of Portsmouth". Nested names keep the
// outermost. Types: person -> PERSON, place -> LOCATION, organization -> ORGANIZATION,
// event -> EVENT, object -> PRODUCT, abstract/substance/animal/plant -> OTHER; time and quantity
// are skipped (values come from rules). A person or organization that is a lone demonym is NORP.
// Multi-word token ranges and empty nodes are skipped (nlp/conllu.h reads the file). Throws
// kg::Error naming the source and line (or sentence id) on a malformed line or an unbalanced
// mention bracket.
[[nodiscard]] std::vector<NerSentence> ReadGumEntities(std::istream& in, const std::string& source,
                                                       const DemonymTest& is_demonym);

// Reads Universal NER IOB2 files (`ID FORM TAG ...`, tab-separated, `# newdoc id` and
// `# sent_id` comments): PER -> PERSON, ORG -> ORGANIZATION, LOC -> LOCATION, OTH -> OTHER. An
// I- tag that does not continue its type starts a name. UPOS is left empty. Throws kg::Error
// naming source:line on an unknown tag or a line without three columns.
[[nodiscard]] std::vector<NerSentence> ReadUner(std::istream& in, const std::string& source);

// The UPOS column of each sentence of a CoNLL-U file, by `# sent_id`, to give UNER (which
// labels the EWT sentences) the treebank's tags. Sentences without an id are skipped.
[[nodiscard]] std::vector<std::pair<std::string, std::vector<std::string>>> ReadUposBySentId(
    std::istream& in, const std::string& source);

// Fills each sentence's upos from tags where the sentence ids match and the token counts agree;
// returns how many sentences got tags.
std::size_t AttachUpos(std::vector<NerSentence>& sentences,
                       const std::vector<std::pair<std::string, std::vector<std::string>>>& tags);

}  // namespace kg::nlp
