#pragma once

#include <vector>

#include "model/article.h"
#include "model/triple.h"

namespace kg::extract {

// Credits a quotation that goes on past its attribution: news runs a speaker's quote over several
// sentences or paragraphs and names the speaker once ("\"I suspect there is some arm-twisting,\"
// he said." then "\"I find some developed countries are more interested in procurement.\"").
// A sentence that is all quotation (it opens with a quotation mark and its last word is inside
// the quote) and has no speech edge of its own continues the quote of the sentence before it when
// that one is such a sentence too or holds a quotation and a speech edge (rule "speech"): its
// triples with no source get that speech edge's speaker (its subject, as resolved) as
// attributed_to and become reported (asserted false). Triples that already have a source keep
// it. `sentences` are the article's sentences in order (ArticleGraph::sentences); each triple's
// evidence.sentence_index indexes them. Never throws.
void AttributeContinuedQuotes(const std::vector<model::SentenceSpan>& sentences,
                              std::vector<model::Triple>& triples);

}  // namespace kg::extract
