#include "nlp/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include <wn.h>

#include "model/error.h"
#include "nlp/words.h"

namespace kg::nlp {
namespace {

constexpr int kMaxSenses = 3;
constexpr int kMaxDepth = 16;

// Moves one of WordNet's open database files into memory: the library binary-searches its
// files with fseek and fgets, a system call per probe, and it does so under our lock, so with
// several threads that time is spent one thread at a time. An in-memory stream answers the same
// calls without the kernel. The contents stay for the life of the process.
void KeepInMemory(FILE*& file) {
  if (file == nullptr || std::fseek(file, 0, SEEK_END) != 0) return;
  const long size = std::ftell(file);
  if (size <= 0 || std::fseek(file, 0, SEEK_SET) != 0) return;
  auto* contents = new std::vector<char>(static_cast<std::size_t>(size));  // never freed
  if (std::fread(contents->data(), 1, contents->size(), file) != contents->size()) {
    delete contents;
    return;
  }
  FILE* memory = fmemopen(contents->data(), contents->size(), "r");
  if (memory == nullptr) {
    delete contents;
    return;
  }
  std::fclose(file);
  file = memory;
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

// Every ancestor of a synset through hypernym and instance-of pointers, breadth first.
void CollectAncestors(Synset* start, std::vector<std::string>& out) {
  std::set<long> seen;
  std::vector<std::pair<long, int>> frontier;
  const auto push_parents = [&](Synset* s, int depth) {
    for (int i = 0; i < s->ptrcount; ++i) {
      if ((s->ptrtyp[i] == HYPERPTR || s->ptrtyp[i] == INSTANCE) && s->ppos[i] == NOUN &&
          seen.insert(s->ptroff[i]).second) {
        frontier.emplace_back(s->ptroff[i], depth + 1);
      }
    }
  };
  push_parents(start, 0);
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto [offset, depth] = frontier[k];
    if (depth > kMaxDepth) continue;
    char empty[1] = "";
    const SynsetHandle s(read_synset(NOUN, offset, empty));
    if (!s) continue;
    for (int w = 0; w < s->wcount; ++w) out.push_back(Readable(s->words[w]));
    push_parents(s.get(), depth);
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
  shared = lexicon;
  return lexicon;
}

std::string Lexicon::LemmaLocked(const std::string& word, int pos) {
  std::string buf = WnWord(word);
  const char* base = morphstr(buf.data(), pos);
  return base == nullptr ? word : Readable(base);
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
    if (!known) known = morphstr(buf.data(), VERB) != nullptr;
    return known;
  });
}

unsigned Lexicon::PosMask(std::string_view word) {
  const std::string key = Lower(word);
  return Cached(pos_mask_, key, [&] {
    std::string buf = WnWord(key);
    unsigned mask = in_wn(buf.data(), ALL_POS);
    for (const int pos : {NOUN, VERB, ADJ, ADV}) {
      if (morphstr(buf.data(), pos) != nullptr) mask |= 1U << pos;
    }
    return mask;
  });
}

bool Lexicon::IsCommonWord(std::string_view word) { return PosMask(word) != 0; }
bool Lexicon::IsAdjective(std::string_view word) {
  return (PosMask(word) & ((1U << ADJ) | (1U << SATELLITE))) != 0;
}

NounInfo Lexicon::Noun(std::string_view word) {
  const std::string key(word);
  return Cached(nouns_, key, [&] { return NounLocked(key); });
}

NounInfo Lexicon::NounLocked(const std::string& key) {
  NounInfo info;
  std::string buf = WnWord(key);
  const char* base = morphstr(buf.data(), NOUN);
  std::string lemma = base == nullptr ? buf : std::string(base);
  const SynsetHandle senses(findtheinfo_ds(lemma.data(), NOUN, HYPERPTR, ALLSENSES));
  int count = 0;
  for (Synset* s = senses.get(); s != nullptr && count < kMaxSenses; s = s->nextss, ++count) {
    NounSense sense;
    sense.lex_file = s->fnum;
    const int which = std::clamp(s->whichword, 1, std::max(1, s->wcount)) - 1;
    sense.proper = s->wcount > 0 && std::isupper(static_cast<unsigned char>(s->words[which][0]));
    CollectAncestors(s, sense.ancestors);
    info.senses.push_back(std::move(sense));
  }
  return info;
}

}  // namespace kg::nlp
