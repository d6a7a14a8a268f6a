#pragma once

#include <string_view>

namespace kg::extract {

// Object control (Jackendoff & Culicover 2003; UD's xcomp guidelines): with these verbs the
// OBJECT of the verb is the understood subject of its xcomp, "Macron urged Putin to end the war"
// -> Putin is the one to end it; with plead, call and appeal the controller is the oblique
// ("called on Iran to free"). Every other xcomp takes the governor's subject ("Germany
// refused to fund", subject control) or, for a passive raising verb, its nsubj:pass ("Iran is
// expected to sign").
[[nodiscard]] bool IsObjectControlVerb(std::string_view lemma);

}  // namespace kg::extract
