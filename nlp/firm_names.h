#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "nlp/gazetteer.h"

namespace kg::nlp {

// A company's legal form as news copy writes it, in any case, with or without its full stop:
// Inc, Corp, Co, Ltd, Plc, LLC (L.L.C.), LLP, LP (L.P.), Cos, Incorporated, and the continental
// forms AG, GmbH, KGaA, SA (S.A.), NV (N.V.), BV (B.V.), SpA, AB, Oy, Oyj, and the Australian,
// Singaporean and Malaysian Pty, Pte, Sdn, Bhd (Berhad) ("Delhi Petroleum Pty Ltd", "Esso
// Production Malaysia Sdn Bhd"; "A/S" and "AS" are left out: "as" is a word).
[[nodiscard]] bool IsLegalForm(std::string_view word);

// Firm names the recogniser reads as people or leaves in pieces, each made one ORGANIZATION
// mention [begin, end) that replaces every mention it overlaps (mentions elsewhere are kept; the
// result is in token order). Two shapes, after the way law firms, partnerships and companies are
// written in news copy:
// - a partnership named by its partners: two or more names of one to three capitalised words,
//   separated by commas, the last joined by "&" or "and" ("Welsh, Carson, Anderson and Stowe",
//   "Skadden, Arps, Slate, Meagher & Flom"), taken when the join is "&", when a legal form
//   follows ("Inc", "LLP", "Co"), or when a bracketed acronym of the names' initials follows
//   ("(WCAS)"), or when a word for a firm of a profession comes right before it ("auditors
//   Deloitte Haskins and Sells", "the law firm Hale and Brun"; any number of names, commas not
//   needed). With "and" and none of these, a list of names stays a list (people: "Hale, Ortiz
//   and Brun", "lawyers Hale and Brun"). No run holding a country, known place or people's name
//   ("Britain, France & Germany", "Trinidad and Tobago") is a firm, but a nationality that opens a
//   longer name before a legal form is its first word ("American Telephone and Telegraph Co").
//   Every legal form right after the run joins the mention ("Sumitomo Trust and Banking Co Ltd");
//   a sentence's opening word ("The") does not.
//   A run whose last name is a word that ends firms ("Merrill Lynch and Co", "Lund & Sons";
//   Co, Cos, Company, Sons, Partners, Associates, Brothers) is a firm too. A partner with a legal
//   form of its own is a firm of its own: "Coastal Corp and Ravel Gas Corp" are two
//   organisations, and a mention the recogniser made of both is split after the first's legal
//   form.
// - a name followed by a legal form in lower case ("General Dynamics corp", "Comdata inc"): the
//   capitalised words before it (at most four, no leading "The") and the legal form.
// - a capitalised legal form, or a partnership's "Brothers", "Sons", "Partners" or "Associates",
//   after capitalised words that no one mention holds together with it ("Advanced Micro Devices
//   Inc" found as nothing, or as "Inc" alone; "British" a nationality before "Airports Authority
//   Plc"; "Shearson" a place before "Lehman Brothers"): the words before it (at most four, without
//   a sentence's opening word such as "The", "But", "Today") and the form. A firm named for its
//   place after "of" or a Romance connector (de, do, da, dos, das, del, du, di, des) takes the
//   capitalised words before the connector too (at most three; not a title's: "Chairman of Acme
//   Corp"; after "of" only when one of them is in a mention or the last is an organisation's word,
//   so "Shares of Acme Corp rose" stays "Acme Corp"): "Honda Motor of America Inc", "Volkswagen do
//   Brasil SA".
// - capitalised words, a Romance connector and a country's or city's name with no legal form
//   ("General Motors do Brasil said"), or the capitalised words after such a connector that
//   follows an organisation the recogniser found, with any legal form after them; not when a
//   person's mention overlaps ("Sebastiao do Rego Barros").
// Every mention begins after a word that says where a firm is based, listed or owned ("the New
// York-based Bastian Technologies Corp" names "Bastian Technologies Corp").
// `tokens` are one sentence's words; `mentions` the recogniser's spans over them.
[[nodiscard]] std::vector<EntityMention> JoinFirmNames(const std::vector<std::string>& tokens,
                                                       std::vector<EntityMention> mentions,
                                                       const Gazetteer& gazetteer);

}  // namespace kg::nlp
