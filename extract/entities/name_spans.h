#pragma once

#include <string_view>
#include <vector>

#include "nlp/analysis.h"
#include "nlp/gazetteer.h"

namespace kg::extract {

// True when token w (0-based) starts the object of a person's title's "of"/"for" phrase:
// "Exchequer" of "Chancellor of the Exchequer Nigel Lawson", "Finance" of "Minister of State for
// Finance Tom Hockin" (the phrase may chain: a capitalised word and "of"/"for" before it lead back
// to the title, nlp::Gazetteer::IsPersonTitle). Such a word is the office's, not the name's; an
// initial ("J." of "director of J. Walter Thompson Co") never is.
[[nodiscard]] bool IsTitlesObject(const std::vector<nlp::Token>& tokens, int w);

// Whether `label`, as written, is a label a number or code completes (Chapter, Rule, Section,
// Article, Form, Class, Series, Regulation, Title, Schedule, Paragraph, Phase, Proposition,
// Amendment) and `code` has a digit: "Chapter 11", "Rule 10b-13", "Series 3000".
[[nodiscard]] bool IsNumberedLabel(std::string_view label, std::string_view code);

// Repairs the recogniser's name spans (BIO tags in nlp::Token::entity) where the parse shows a
// name's words plainly:
// - the capitalised words before a span that the parse hangs inside it (compound, amod, flat:
//   "European Investment" of "European Investment Bank" with only "Bank" tagged; "Wall" of "Wall
//   Street") join it, unless a word is a person's title (kept apart for the role edge: "Chancellor"
//   of "Chancellor Olaf Brandt"), a demonym before a person ("German" of "German Olaf Brandt"), or
//   the sentence's first word while no proper noun (its capital says nothing) unless the span ends
//   on a word of organisations ("National Heritage Inc, a unit of ..."), or a hyphenated modifier
//   ending in a common word ("Reagan-appointed", "Chicago-based");
// - capitalised untagged words before an organisation's span ending on a word of organisations,
//   or before such a word left untagged, with "and" between two of them, after a determiner,
//   preposition, punctuation or the start, are its front ("the Securities and Exchange
//   Commission" with only "Commission" tagged, or nothing), and so are capitalised adjectives or
//   one-word demonyms before such a word ("Great American Management and Investment Inc"; not
//   "Japanese" right before "Sony Corp");
// - a PERSON span of two or more words, all person titles or ranks ("Treasurer General"), is no
//   name;
// - a firm's span ending on a legal form, "of" and a span of up to four words ending on one too
//   ("Ford Motor Co" + "of" + "Canada Ltd") are one firm, its national unit;
// - the capitalised words of a plural possessive right before a span of nothing but words of
//   organisations ("the Gilt Edged Market Makers' Association", whatever they were tagged) are
//   its front;
// - a place's span (or a country's name left untagged) right before a word that only ends a
//   firm's name, a legal form or a "Banc-" word, is that firm's front: "U.S. Bancorp" tagged a
//   country and a people is one ORGANIZATION span;
// - a span that runs over a coordination of two countries ("Sweden and Finland" tagged one
//   organisation), or of a country and another known place ("Europe and Australia"), becomes two
//   spans (COUNTRY, or LOCATION for the place) and the conjunction is no name; firms named with
//   "and" ("Marks and Spencer") are left whole;
// - a run of capitalised words joined by Romance particles (de, du, des, di, ...) that begins
//   with a Romance word of organisations ("Banque Francaise du Commerce Exterieur", "Credit
//   Foncier de France", "Banco Industrial de Venezuela") is one ORGANIZATION span;
// - a person's title inside an organisation's span followed by proper nouns with no word of
//   organisations among them ("Canal Commission Administrator Dennis" with "McAuliffe" after it)
//   ends the organisation: the title is neither's, the words after it (and the capitalised
//   proper nouns right after the span) a PERSON span; one word only if it is a given name
//   ("General Electric" stays whole); so too in a span of a place, a people, a product, an event
//   or OTHER ("U.S. Defense Secretary Caspar Weinberger" tagged one place), whose front keeps
//   only a country's name that opens it ("U.S."), and after a firm's name has run on over "of"
//   ("Bank of Japan" + "Governor Satoshi Sumita", below);
// - two one-word names (or a name and a capitalised word) joined by a Romance particle ("Punta" +
//   "del" + "Este") are one CITY span when the lists know the place or ", COUNTRY" follows;
// - a name in the possessive followed by "of" and a place ("Lloyd's of London": nothing is
//   possessed) is one ORGANIZATION span with the place, the founder's name no person;
// - an ORGANIZATION span ending on a word of organisations runs on over "for"/"of"/"on" and the
//   capitalised words after it ("Economic Commission for Africa"), and one with such a word and
//   preposition inside it over "and" and the untagged capitalised words after it ("Ministry of
//   International Trade" + "and Industry"); a capitalised word of
//   organisations with "for"/"of" before a span is its front ("Organisation for Economic
//   Cooperation and Development"); a possessive proper noun and the capitalised words after it up
//   to a span, or up to a legal form or word of organisations, is a firm ("Moody's Investors
//   Service Inc"; "Oshman's Sporting Goods Inc" with the part after it tagged OTHER), unless the
//   possessive is a firm's or a full person's name ("Chrysler Corp's Chrysler Motors Corp"), with
//   a capitalised word and "and" before it ("Standard and Poor's Corp"; the possessive may be
//   tagged an adjective or noun); a name whose "'s" the parse read as "has" before a past
//   participle owns nothing and is a firm ("Moody's said", "Standard and Poor's said"), but not
//   before "been" ("Volcker's been saying": Volcker has been).
// - a name typed PERSON or OTHER in apposition to an organisation's span, right after its comma
//   ("The Student Loan Marketing Association, Sallie Mae, announced"), is ORGANIZATION;
// - a PERSON span "General" + a word WordNet knows with no person sense ("General Motors",
//   "General Agreement on Tariffs and Trade") is ORGANIZATION, not a general's rank.
// - a PERSON span of titles only right before another PERSON span is its front ("Lt." of "Lt.
//   Gen. Colin Powell" tagged a person of its own); a person's span of three words or more right
//   after a title and "of"/"for" loses its first word to the title ("State" of "Secretary of State
//   George Shultz" tagged "State George Shultz"; a span of three words or more typed NORP or
//   OTHER too: "Commerce Priya Ranjan Dasmunsi" of "Minister of State for Commerce ..."), as does
//   one of two words that starts with no
//   given name after a minister's, secretary's or chancellor's office ("Energy Subroto"; "of the"
//   and chained phrases too: "Chancellor of the Exchequer", "Minister of State for Finance"), and
//   no capitalised word of such a phrase joins a person's span from the left.
// - a span of capitalised proper nouns right after a lower-case person's title (not "manager":
//   "lead manager Morgan Stanley"), typed neither PERSON nor ORGANIZATION nor a value, with no
//   word of organisations and no place the lists know, is a PERSON span ("deputy director general
//   Fumiya" tagged an event, "president Rilwanu Lukman" a place);
// - an all-capital word of two to six letters opening a PERSON span, before a given name or two
//   more capitalised words that are no title ("CNPF Francois Perigot"), is the organisation the
//   person is of: an ORGANIZATION span of its own, and where the parse hung the name on it, the
//   name's first word takes its place;
// - the capitalised proper nouns the parse hangs with `flat` on a PERSON span, right after it,
//   are the rest of the name ("R. P. Goenka" with "P." untagged and "Goenka" tagged a people).
// - a capitalised label word and its number or code (IsNumberedLabel), the label tagged OTHER or
//   untagged and at a span's end or
//   alone, and the number or code right after it that the parse hangs on it ("Rule
//   10b-13", "Chapter 11", "Series 3000") are one OTHER span (the nodes had been "Rule",
//   "Chapter", "Series": sheet 1237 judged "Commission Rule" and "Rule" junk); a span of another
//   type keeps its type.
// - a one-word CITY or LOCATION span hung by `flat` on the untagged capitalised given name right
//   before it (Gazetteer::IsGivenName), the pair no known place, is a PERSON span with it
//   ("Analyst George Salem" with "Salem" tagged a city); a common noun (UPOS NOUN, no person's
//   title), or a proper noun that opens its phrase, is no given name or honorific and is a noun
//   WordNet gives a person's sense ("Economist" of "Economist John Smith"), that starts a PERSON
//   span right before a given name is no word of it ("Developer" of "Developer Donald Trump").
// - a PERSON span with "of" inside ("analyst Richard Pzena of Sanford C. Bernstein") is the
//   person and what the person is of (COUNTRY, another known place LOCATION, else
//   ORGANIZATION), unless the words before "of" are all titles ("Secretary of State"); a span
//   whose word before "of" is a word of organisations ("Loan Association of Florida"), or whose
//   last word is a legal form and whose first is no given name ("Gold Fields of South Africa
//   Ltd"), is one ORGANIZATION; a PERSON span ending on "of" or "for" loses it ("Doug Madison
//   of" before an untagged firm); a span of another type that opens with "of" right after a
//   person's span is what the person is of, without the "of" ("of Merrill Lynch" tagged an
//   event after "Thomas McCrann").
// - a span of two words or more typed a place, person, people or OTHER whose last word is a word
//   of organisations or newspapers ("Kansas City Board of Trade", "Wall Street Journal"), or that
//   has such a word before "of" after its first word ("New England Journal of Medicine"), is an
//   ORGANIZATION, unless it is a country or a place the lists or WordNet know ("Soviet Union") or
//   a person's span with "of" (a person of a firm, split below);
// - over the whole article: a PERSON span of two capitalised proper nouns joined by "and" or "&"
//   is a firm named for its partners, one ORGANIZATION span ("Duff and Phelps"), unless both are
//   given names and differ ("Greta and Malik"), WordNet knows either as a person ("Reagan and
//   Gorbachev") or either is a word of another PERSON span of the article;
// - a span (no DATE) that ends on a preposition and a capitalised day or month, with only numbers
//   and commas after it ("U.S. Senate on Tuesday", "Parliament on Monday", "... in March 3,
//   1987"), ends before the preposition: the time is the clause's; no span ends on such a
//   preposition ("the Bank of England on" of "... on March 3");
// - after "the", single capitalised words each followed by a comma right before an
//   ORGANIZATION span with "and" inside that ends on a word of organisations are its front
//   ("the Coffee, Sugar and Cocoa Exchange" tagged a place and a firm);
// - an ORGANIZATION span ending on "of" and a capitalised word, followed by a list of single
//   capitalised words opened by a comma and closed by "and" ("the Federal Office of Industry" +
//   ", Trade and Labour"), runs on to the list's end;
// - a one-word PERSON span right before an ORGANIZATION span that ends on a word of
//   organisations, hung inside it ("Dai-Ichi" of "Dai-Ichi Kangyo Bank"), is its front;
// - a one-word span right before a span whose proper nouns reach a word of geography (Valley,
//   River, Basin, Delta, Plains, Mountains, Gulf, Bay, Lake, Coast, Peninsula, Strait, Canal,
//   Desert), hung inside it, is its front, the whole a LOCATION ("the lower Rio Grande Valley of
//   Texas" had been the city "Rio" and the firm "Grande Valley of Texas").
// Heads must be filled (the parse). Never throws.
void RepairNameSpans(std::vector<nlp::AnalyzedSentence>& sentences,
                     const nlp::Gazetteer& gazetteer);

}  // namespace kg::extract
