#include "nlp/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <set>

#include <wn.h>

#include "model/error.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr std::size_t kMaxSenses = 3;
constexpr int kMaxDepth = 16;

// Moves one of WordNet's open database files into memory: the library binary-searches its
// files with fseek and fgets, a system call per probe, and it does so under our lock, so with
// several threads that time is spent one thread at a time. An in-memory stream answers the same
// calls without the kernel. The contents stay for the life of the process.
void KeepInMemory(FILE*& file) {
  if (file == nullptr || std::fseek(file, 0, SEEK_END) != 0) return;
  const long size = std::ftell(file);
  if (size <= 0 || std::fseek(file, 0, SEEK_SET) != 0) return;
  auto contents = std::make_unique<std::vector<char>>(static_cast<std::size_t>(size));
  if (std::fread(contents->data(), 1, contents->size(), file) != contents->size()) return;
  FILE* memory = fmemopen(contents->data(), contents->size(), "r");
  if (memory == nullptr) return;
  std::fclose(file);
  file = memory;
  // Never destroyed (the streams live as long as the process), yet reachable, so the leak
  // checker does not report them. Called under Lexicon::Open's lock.
  static auto* const kept = new std::vector<std::unique_ptr<std::vector<char>>>();
  kept->push_back(std::move(contents));
}

std::string WnWord(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), ' ', '_');
  return out;
}

std::string Readable(const char* wn_word) {
  std::string out = Lower(wn_word);
  std::replace(out.begin(), out.end(), '_', ' ');
  const std::size_t paren = out.find('(');
  if (paren != std::string::npos) out.resize(paren);
  return out;
}

struct SynsetDeleter {
  void operator()(Synset* s) const { free_syns(s); }
};
using SynsetHandle = std::unique_ptr<Synset, SynsetDeleter>;
struct IndexDeleter {
  void operator()(Index* i) const { free_index(i); }
};

// The synset of the first sense WordNet lists for the word in one part of speech (the one
// index_lookup would give first), or null when it has none. Called under the exclusive lock.
SynsetHandle FirstSense(const std::string& key, int pos) {
  std::string buf = WnWord(key);
  const std::unique_ptr<Index, IndexDeleter> index(getindex(buf.data(), pos));
  if (!index || index->off_cnt < 1) return nullptr;
  return SynsetHandle(read_synset(pos, static_cast<long>(index->offset[0]), index->wd));
}

// A synset's words (readable) and the offsets of its noun hypernyms and instance-of targets.
ParsedSynset Parse(const Synset* s) {
  ParsedSynset out;
  for (int w = 0; w < s->wcount; ++w) out.words.push_back(Readable(s->words[w]));
  for (int i = 0; i < s->ptrcount; ++i) {
    if ((s->ptrtyp[i] == HYPERPTR || s->ptrtyp[i] == INSTANCE) && s->ppos[i] == NOUN)
      out.parents.push_back(s->ptroff[i]);
  }
  return out;
}

// Every ancestor of a synset through hypernym and instance-of pointers, breadth first. Each
// synset read is kept in `synsets` (its words and parents), so the next noun whose ancestry
// passes through it ("country", "location", ...) costs no more WordNet reads.
void CollectAncestors(Synset* start, std::unordered_map<long, ParsedSynset>& synsets,
                      std::vector<std::string>& out) {
  std::set<long> seen;
  std::vector<std::pair<long, int>> frontier;
  const auto push_parents = [&](const std::vector<long>& parents, int depth) {
    for (const long p : parents) {
      if (seen.insert(p).second) frontier.emplace_back(p, depth + 1);
    }
  };
  push_parents(Parse(start).parents, 0);
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto [offset, depth] = frontier[k];
    if (depth > kMaxDepth) continue;
    auto it = synsets.find(offset);
    if (it == synsets.end()) {
      char empty[1] = "";
      const SynsetHandle s(read_synset(NOUN, offset, empty));
      if (!s) continue;
      it = synsets.emplace(offset, Parse(s.get())).first;
    }
    out.insert(out.end(), it->second.words.begin(), it->second.words.end());
    push_parents(it->second.parents, depth);
  }
}

}  // namespace

bool NounSense::HasAncestor(std::string_view lemma) const {
  return std::find(ancestors.begin(), ancestors.end(), lemma) != ancestors.end();
}

std::shared_ptr<Lexicon> Lexicon::Open() {
  static std::mutex init_mu;
  static bool ready = false;
  // One Lexicon for the process: WordNet's C library has global state, so every caller must
  // go through the same lock (two unlocked threads crash it), and they share one cache.
  static std::weak_ptr<Lexicon> shared;
  const std::lock_guard lock(init_mu);
  if (!ready) {
    if (wninit() != 0) {
      throw Error(ErrorCode::kNotFound,
                  "wordnet: cannot open the WordNet database (hint: install wordnet-base)");
    }
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
      KeepInMemory(datafps[pos]);
      KeepInMemory(indexfps[pos]);
    }
    ready = true;
  }
  if (auto existing = shared.lock()) return existing;
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->morphy_ = std::make_unique<Morphy>(SetSearchdir());
  shared = lexicon;
  return lexicon;
}

std::string Lexicon::LemmaLocked(const std::string& word, int pos) {
  const std::optional<std::string> base = morphy_->BaseForm(WnWord(word), pos);
  return base ? Readable(base->c_str()) : word;
}

template <typename Map, typename Compute>
typename Map::mapped_type Lexicon::Cached(Map& map, const std::string& key, Compute&& compute) {
  {
    const std::shared_lock read(mu_);
    const auto it = map.find(key);
    if (it != map.end()) return it->second;
  }
  const std::unique_lock write(mu_);
  const auto it = map.find(key);  // another thread may have added it meanwhile
  if (it != map.end()) return it->second;
  return map[key] = compute();
}

std::string Lexicon::VerbLemma(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(verb_lemmas_, key, [&] { return LemmaLocked(key, VERB); });
}

std::string Lexicon::NounLemma(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(noun_lemmas_, key, [&] { return LemmaLocked(key, NOUN); });
}

bool Lexicon::IsVerb(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(is_verb_, key, [&] {
    std::string buf = WnWord(key);
    bool known = (in_wn(buf.data(), VERB) != 0);
    if (!known) known = morphy_->BaseForm(buf, VERB).has_value();
    return known;
  });
}

bool Lexicon::TakesObject(std::string_view verb_lemma) {
  const std::string key = Lower(verb_lemma);
  return Cached(takes_object_, key, [&] {
    const SynsetHandle s = FirstSense(key, VERB);
    if (!s) return false;
    for (int f = 0; f < s->fcount; ++f) {
      // A frame applies to every word of the synset (frmto 0) or to one of them.
      if (s->frmto[f] != 0 && s->frmto[f] != s->whichword) continue;
      const int frame = s->frmid[f];
      if (frame == 5 || (frame >= 8 && frame <= 11) || (frame >= 14 && frame <= 21) ||
          frame == 24 || frame == 25 || frame == 30 || frame == 31)
        return true;
    }
    return false;
  });
}

bool Lexicon::IsProperAdjective(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(proper_adjective_, key, [&] {
    const SynsetHandle s = FirstSense(key, ADJ);
    if (!s || s->whichword < 1 || s->whichword > s->wcount) return false;
    const char* spelled = s->words[s->whichword - 1];
    return spelled != nullptr && std::isupper(static_cast<unsigned char>(spelled[0])) != 0;
  });
}

unsigned Lexicon::PosMask(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(pos_mask_, key, [&] {
    std::string buf = WnWord(key);
    unsigned mask = in_wn(buf.data(), ALL_POS);
    for (const int pos : {NOUN, VERB, ADJ, ADV}) {
      // Morphy is the slow call: skip it when the word is known in that part of speech.
      if ((mask & (1U << pos)) == 0 && morphy_->BaseForm(buf, pos)) mask |= 1U << pos;
    }
    return mask;
  });
}

bool Lexicon::IsCommonWord(std::string_view word) { return PosMask(word) != 0; }
bool Lexicon::IsAdjective(std::string_view word) {
  return (PosMask(word) & ((1U << ADJ) | (1U << SATELLITE))) != 0;
}

const NounInfo& Lexicon::Noun(std::string_view word) {
  const std::string key(word);
  {
    const std::shared_lock read(mu_);
    const auto it = nouns_.find(key);
    if (it != nouns_.end()) return it->second;  // nodes never move or go: the reference stays
  }
  const std::unique_lock write(mu_);
  const auto it = nouns_.find(key);
  if (it != nouns_.end()) return it->second;
  return nouns_.emplace(key, NounLocked(key)).first->second;
}

NounInfo Lexicon::NounLocked(const std::string& key) {
  NounInfo info;
  std::string buf = WnWord(key);
  const std::optional<std::string> base = morphy_->BaseForm(buf, NOUN);
  std::string lemma = base.value_or(buf);
  // The senses in WordNet's order, as findtheinfo_ds lists them (every spelling getindex tries,
  // each index entry's synsets in turn), but only the first kMaxSenses are read, and without
  // the hypernym lists findtheinfo_ds would build: CollectAncestors walks those itself.
  char* search = lemma.data();
  while (info.senses.size() < kMaxSenses) {
    const std::unique_ptr<Index, IndexDeleter> index(getindex(search, NOUN));
    if (!index) break;
    search = nullptr;  // getindex's next call gives the next spelling
    for (int i = 0; i < index->off_cnt && info.senses.size() < kMaxSenses; ++i) {
      const SynsetHandle s(read_synset(NOUN, static_cast<long>(index->offset[i]), index->wd));
      if (!s) continue;
      NounSense sense;
      sense.lex_file = s->fnum;
      const int which = std::clamp(s->whichword, 1, std::max(1, s->wcount)) - 1;
      sense.proper = s->wcount > 0 && std::isupper(static_cast<unsigned char>(s->words[which][0]));
      for (int p = 0; p < s->ptrcount; ++p)
        sense.instance = sense.instance || s->ptrtyp[p] == INSTANCE;
      CollectAncestors(s.get(), synsets_, sense.ancestors);
      info.senses.push_back(std::move(sense));
    }
  }
  return info;
}

}  // namespace kg::nlp
