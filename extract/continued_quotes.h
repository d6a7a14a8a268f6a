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
// it. So, the other way, for a quote that opens before its attribution ("\"Revenue has been hurt
// by lower prices. We expect a better year,\" the chairman said." split in two): a sentence that
// opens a quotation it never closes, and the sentences after it with no quotation mark, up to
// one that closes the quotation it did not open and has a speech edge, are that edge's speaker's.
// `sentences` are the article's sentences in order (ArticleGraph::sentences); each triple's
// evidence.sentence_index indexes them. Never throws.
void AttributeContinuedQuotes(const std::vector<model::SentenceSpan>& sentences,
                              std::vector<model::Triple>& triples);

}  // namespace kg::extract
