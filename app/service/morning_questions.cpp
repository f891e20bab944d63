// SPDX-License-Identifier: GPL-3.0-or-later
#include "morning_questions.hpp"

#include "night.hpp"

#include <algorithm>
#include <functional>
#include <string>

namespace cramp {

namespace {

std::optional<Night> answered(const Diary& diary, MorningQuestion q) {
    auto v = diary.preference(morning_answered_key(q));
    return v ? parse_date(*v) : std::nullopt;
}

bool asks(Night night, const std::vector<Episode>& episodes, std::optional<Night> answered_for,
          const std::function<bool(const Episode&)>& has_default) {
    return !episodes.empty() && answered_for != night && std::all_of(episodes.begin(), episodes.end(), has_default);
}

Result<void> answer(Diary& diary, Night night, MorningQuestion q, const std::function<void(Episode&)>& apply) {
    return diary.transaction([&]() -> Result<void> {
        for (auto e : diary.episodes(NightRange{night, night})) {
            apply(e);
            if (auto r = diary.update_episode(e); !r) return r;
        }
        return diary.set_preference(morning_answered_key(q), format_date(night));
    });
}

}  // namespace

const char* morning_answered_key(MorningQuestion q) {
    return q == MorningQuestion::numbness ? "morning_answered_numbness" : "morning_answered_weakness";
}

MorningAsk morning_questions(Night night, const std::vector<Episode>& episodes,
                             std::optional<Night> numbness_answered, std::optional<Night> weakness_answered) {
    MorningAsk ask;
    ask.night = night;
    ask.numbness = asks(night, episodes, numbness_answered, [](const Episode& e) { return e.numbness == Numbness::none; });
    ask.weakness = asks(night, episodes, weakness_answered, [](const Episode& e) { return e.weakness.empty(); });
    return ask;
}

MorningAsk morning_questions(const Diary& diary, Instant now, std::string_view zone) {
    const Night night = last_night(now, zone);
    return morning_questions(night, diary.episodes(NightRange{night, night}), answered(diary, MorningQuestion::numbness),
                             answered(diary, MorningQuestion::weakness));
}

Result<void> answer_numbness(Diary& diary, Night night, bool stayed) {
    return answer(diary, night, MorningQuestion::numbness, [stayed](Episode& e) {
        if (stayed) e.numbness = Numbness::persisted;
    });
}

Result<void> answer_weakness(Diary& diary, Night night, EnumSet<Weakness> weakness) {
    return answer(diary, night, MorningQuestion::weakness, [weakness](Episode& e) {
        for (auto w : weakness.values()) e.weakness.insert(w);
    });
}

}  // namespace cramp
