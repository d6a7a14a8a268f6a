#include "extract/clauses/repair_parse.h"

#include <cstddef>
#include <utility>

#include "extract/clauses/addressed_reports.h"
#include "extract/clauses/adjacent_appositions.h"
#include "extract/clauses/adjacent_subjects.h"
#include "extract/clauses/adjective_speakers.h"
#include "extract/clauses/amount_changes.h"
#include "extract/clauses/appositions.h"
#include "extract/clauses/appositive_speakers.h"
#include "extract/clauses/attributive_participles.h"
#include "extract/clauses/broken_lists.h"
#include "extract/clauses/change_noun_obliques.h"
#include "extract/clauses/clause_adverbials.h"
#include "extract/clauses/clause_extractor.h"
#include "extract/clauses/comma_compounds.h"
#include "extract/clauses/comma_firm_names.h"
#include "extract/clauses/comparative_moves.h"
#include "extract/clauses/compound_clauses.h"
#include "extract/clauses/compound_nominals.h"
#include "extract/clauses/compound_objects.h"
#include "extract/clauses/compounded_name_lists.h"
#include "extract/clauses/condition_participles.h"
#include "extract/clauses/conditional_reports.h"
#include "extract/clauses/conjunct_amounts.h"
#include "extract/clauses/content_clauses.h"
#include "extract/clauses/coordinated_compounds.h"
#include "extract/clauses/coordinated_noun_modifiers.h"
#include "extract/clauses/coordinated_predicates.h"
#include "extract/clauses/coordinated_verbs.h"
#include "extract/clauses/cost_objects.h"
#include "extract/clauses/date_spans.h"
#include "extract/clauses/described_speakers.h"
#include "extract/clauses/event_time_attachments.h"
#include "extract/clauses/firm_name_modifiers.h"
#include "extract/clauses/firm_places.h"
#include "extract/clauses/for_subjects.h"
#include "extract/clauses/frame_obliques.h"
#include "extract/clauses/gapped_subjects.h"
#include "extract/clauses/gerund_clause_subjects.h"
#include "extract/clauses/gerund_subjects.h"
#include "extract/clauses/infinitive_conjuncts.h"
#include "extract/clauses/intent_infinitives.h"
#include "extract/clauses/inverted_speakers.h"
#include "extract/clauses/least_bounds.h"
#include "extract/clauses/lemmas.h"
#include "extract/clauses/marked_conjuncts.h"
#include "extract/clauses/misread_complements.h"
#include "extract/clauses/misread_plural_nouns.h"
#include "extract/clauses/misread_verbs.h"
#include "extract/clauses/modified_speakers.h"
#include "extract/clauses/money_recipients.h"
#include "extract/clauses/name_inner_modifiers.h"
#include "extract/clauses/name_objects.h"
#include "extract/clauses/name_relatives.h"
#include "extract/clauses/named_trailing_speakers.h"
#include "extract/clauses/national_name_heads.h"
#include "extract/clauses/nominal_gerunds.h"
#include "extract/clauses/note_labels.h"
#include "extract/clauses/numbered_labels.h"
#include "extract/clauses/object_complements.h"
#include "extract/clauses/oblique_controls.h"
#include "extract/clauses/out_of_counts.h"
#include "extract/clauses/owned_shares.h"
#include "extract/clauses/parenthesised_firm_names.h"
#include "extract/clauses/parenthetical_speakers.h"
#include "extract/clauses/participle_conjuncts.h"
#include "extract/clauses/participle_modifiers.h"
#include "extract/clauses/particle_obliques.h"
#include "extract/clauses/partitive_phrases.h"
#include "extract/clauses/party_labels.h"
#include "extract/clauses/place_states.h"
#include "extract/clauses/possessive_names.h"
#include "extract/clauses/possessor_heads.h"
#include "extract/clauses/punctuation_arguments.h"
#include "extract/clauses/raised_objects.h"
#include "extract/clauses/rate_units.h"
#include "extract/clauses/record_amounts.h"
#include "extract/clauses/record_dates.h"
#include "extract/clauses/relative_adverbs.h"
#include "extract/clauses/relative_clause_predicates.h"
#include "extract/clauses/relative_infinitive_objects.h"
#include "extract/clauses/report_relatives.h"
#include "extract/clauses/report_subjects.h"
#include "extract/clauses/report_tails.h"
#include "extract/clauses/reported_reasons.h"
#include "extract/clauses/reported_relative_subjects.h"
#include "extract/clauses/reporting_participles.h"
#include "extract/clauses/reporting_times.h"
#include "extract/clauses/role_name_conjuncts.h"
#include "extract/clauses/security_names.h"
#include "extract/clauses/separation_obliques.h"
#include "extract/clauses/signed_amounts.h"
#include "extract/clauses/speech_complements.h"
#include "extract/clauses/speech_conjuncts.h"
#include "extract/clauses/speech_objects.h"
#include "extract/clauses/split_ranges.h"
#include "extract/clauses/stranded_conjuncts.h"
#include "extract/clauses/stranded_obliques.h"
#include "extract/clauses/stranded_relatives.h"
#include "extract/clauses/subjunctive_complements.h"
#include "extract/clauses/time_objects.h"
#include "extract/clauses/titled_name_heads.h"
#include "extract/clauses/told_audiences.h"
#include "extract/clauses/trailing_reports.h"
#include "extract/clauses/trailing_speakers.h"
#include "extract/clauses/unit_price_modifiers.h"
#include "extract/clauses/unmarked_appositions.h"
#include "extract/clauses/up_to_amounts.h"
#include "extract/clauses/value_phrases.h"
#include "extract/clauses/verbless_roots.h"
#include "extract/clauses/whose_relatives.h"
#include "extract/clauses/worth_phrases.h"
#include "extract/entities/name_spans.h"
#include "nlp/dep_tree.h"

namespace kg::extract {

namespace {

void RepairAll(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon,
               const nlp::Gazetteer& gazetteer) {
  FillMissingLemmas(sentences, lexicon);
  // The trees as parsed: a sentence whose repairs would leave it no tree (a loop that the
  // repairs' own conditions did not foresee) keeps its parse.
  const std::vector<nlp::AnalyzedSentence> parsed = sentences;
  RepairValuePhrases(sentences);
  RepairConjunctAmounts(sentences);
  RepairCostObjects(sentences);
  RepairPartitivePhrases(sentences);
  RepairFirmPlaces(sentences);
  RepairSubjunctiveComplements(sentences);
  RepairRelativeAdverbs(sentences);
  RepairNumberedLabels(sentences);
  RepairPlaceStates(sentences);
  RepairPossessorHeads(sentences);
  RepairSplitRanges(sentences);
  RepairRecordAmounts(sentences);
  RepairRecordDates(sentences);
  RepairUpToAmounts(sentences);
  RepairLeastBounds(sentences);
  RepairForSubjects(sentences);
  RepairGerundClauseSubjects(sentences);
  RepairCompoundObjects(sentences, lexicon);
  RepairOutOfCounts(sentences);
  RepairSignedAmounts(sentences);
  RepairConditionParticiples(sentences);
  RepairComparativeMoves(sentences);
  RepairSecurityNames(sentences);
  RepairVerblessRoots(sentences);
  RepairCommaFirmNames(sentences);
  RepairParenthesisedFirmNames(sentences);
  RepairPunctuationArguments(sentences);
  RepairRelativeClausePredicates(sentences);
  RepairReportedRelativeSubjects(sentences);
  RepairStrandedRelatives(sentences);
  RepairConditionalReports(sentences);
  RepairRelativeInfinitiveObjects(sentences);
  RepairRaisedObjects(sentences);
  RepairObjectComplements(sentences);
  RepairNoteLabels(sentences);
  RepairCoordinatedVerbs(sentences, lexicon);
  RepairGappedSubjects(sentences);
  RepairConjoinedClauseSubjects(sentences);
  RepairCoordinatedPredicates(sentences);
  RepairStrandedObliques(sentences);
  RepairIntentInfinitives(sentences);
  RepairParticleObliques(sentences);
  RepairReportingTimes(sentences);
  RepairAdjacentSubjects(sentences);
  RepairNominalGerunds(sentences);
  RepairGerundSubjects(sentences, lexicon);
  RepairCoordinatedNounModifiers(sentences, lexicon);
  RepairCoordinatedCompounds(sentences);
  RepairAttributiveParticiples(sentences, lexicon);
  RepairCompoundNominals(sentences, lexicon);
  RepairCompoundClauses(sentences);
  RepairClauseAdverbials(sentences);
  RepairOfComplements(sentences);
  RepairAddressedReports(sentences);
  RepairContentClauses(sentences, lexicon);
  RepairEventTimeAttachments(sentences);
  RepairDateSpans(sentences);
  RepairRateUnits(sentences);
  RepairTimeObjects(sentences);
  RepairWhoseRelatives(sentences);
  RepairNameRelatives(sentences);
  RepairUnitPriceModifiers(sentences);
  RepairMarkedConjuncts(sentences);
  RepairInfinitiveConjuncts(sentences);
  RepairAmountChanges(sentences);
  RepairOwnedShares(sentences);
  RepairSeparationObliques(sentences);
  RepairChangeNounObliques(sentences);
  RepairFrameObliques(sentences);
  RepairMoneyRecipients(sentences);
  RepairWorthPhrases(sentences);
  RepairNameObjects(sentences);
  RepairAdjacentAppositions(sentences);
  RepairUnmarkedAppositions(sentences);
  RepairCompoundedNameLists(sentences);
  RepairFirmNameModifiers(sentences);
  RepairBrokenLists(sentences);
  RepairMisreadVerbs(sentences, lexicon);
  RepairMisreadPluralNouns(sentences, lexicon);
  RepairParticipleModifiers(sentences);
  RepairParticipleConjuncts(sentences);
  RepairAdjectiveSpeakers(sentences);
  RepairSpeechComplements(sentences);
  RepairMisreadComplements(sentences);
  RepairAppositions(sentences, lexicon);
  RepairParentheticalSpeakers(sentences);
  RepairInvertedSpeakers(sentences);
  RepairCommaCompounds(sentences);
  RepairModifiedSpeakers(sentences);
  RepairNamedTrailingSpeakers(sentences);
  RepairTrailingSpeakers(sentences);
  RepairDescribedSpeakers(sentences);
  RepairTrailingReports(sentences);
  RepairReportTails(sentences);
  RepairSpeechObjects(sentences, lexicon);
  RepairReportSubjects(sentences);
  RepairToldAudiences(sentences);
  RepairReportRelatives(sentences);
  RepairReportingParticiples(sentences);
  RepairPossessiveNames(sentences);
  RepairRoleNameConjuncts(sentences);
  RepairSpeechConjuncts(sentences);
  RepairReportedReasons(sentences);
  RepairAppositiveSpeakers(sentences);
  RepairCoordinatedModifierAppositions(sentences);
  RepairObliqueControls(sentences);
  RepairStrandedConjuncts(sentences);
  RepairReportObliques(sentences);
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (nlp::FormsTree(parsed[i].tokens) && !nlp::FormsTree(sentences[i].tokens))
      sentences[i] = parsed[i];
  RepairNameSpans(sentences, gazetteer);
  RepairTitledNameHeads(sentences);
  RepairCallingHeads(sentences, gazetteer);
  RepairNationalNameHeads(sentences);
  RepairNameInnerModifiers(sentences);
  // After the names' own repairs, so the label hangs on the person's name, not on the title's.
  RepairPartyLabels(sentences);
}

}  // namespace

void RepairParse(std::vector<nlp::AnalyzedSentence>& sentences, nlp::Lexicon& lexicon,
                 const nlp::Gazetteer& gazetteer) {
  // A "sentence" of more than kMaxClauseTokens tokens is a splitting failure that no rule reads
  // (clause_extractor.h); the repairs, some of which take time growing with the square of a
  // sentence's words, leave it as parsed (a 50 MB text without a full stop ran past CI's 90
  // minutes).
  std::vector<nlp::AnalyzedSentence> repaired;
  std::vector<std::size_t> from;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i].tokens.size() <= kMaxClauseTokens) {
      repaired.push_back(std::move(sentences[i]));
      from.push_back(i);
    }
  RepairAll(repaired, lexicon, gazetteer);
  for (std::size_t k = 0; k < repaired.size(); ++k) sentences[from[k]] = std::move(repaired[k]);
}

}  // namespace kg::extract
