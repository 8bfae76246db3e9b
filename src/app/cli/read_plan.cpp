#include "cli/read_plan.hpp"

namespace nangdok::cli {

ReadPlan plan_read(const ReadOptions& o) {
    ReadPlan plan;
    plan.voice = resolve_voice(o.voice);
    const VoiceDefaults& own = plan.voice.defaults;
    plan.prosody = {o.rate_given ? o.rate_wpm : own.rate_wpm.value_or(o.rate_wpm), o.pitch, o.volume};
    plan.pauses = {o.sentence_pause_given ? o.sentence_pause_ms : own.sentence_pause_ms.value_or(o.sentence_pause_ms),
                   o.paragraph_pause_given ? o.paragraph_pause_ms : own.paragraph_pause_ms.value_or(o.paragraph_pause_ms)};
    plan.respell = !o.no_respell;
    plan.lexicon = load_lexicon(o.lexicon);
    return plan;
}

}  // namespace nangdok::cli
