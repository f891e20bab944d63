// SPDX-License-Identifier: GPL-3.0-or-later
// The morning questions (issue 16): a cramp logged half asleep keeps the log page's defaults, "no
// numbness" and "no weakness", which are the answers docs/rules.md's numbness_weakness signal reads.
// The morning after such a night, Today asks once whether numbness stayed after the cramp and
// whether the toes dragged or stairs were hard, and writes the answer to every cramp of that night.
// Which night, which questions and whether they were asked already is decided here, without Qt.
#pragma once

#include "diary.hpp"
#include "episode.hpp"
#include "result.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace cramp {

enum class MorningQuestion { numbness, weakness };

struct MorningAsk {
    Night night{};          // the night asked about: last night (night.hpp, last_night)
    bool numbness = false;  // did numbness stay after the cramp eased?
    bool weakness = false;  // did the toes drag, or were stairs hard?
    bool any() const { return numbness || weakness; }
    bool operator==(const MorningAsk&) const = default;
};

// The rule: a question is asked about `night` when it has cramps, every one of them still holds the
// default answer to it (numbness `none`; no weakness), and it was not answered for that night yet
// (`answered` is the night it was last answered for, from the diary's preferences).
MorningAsk morning_questions(Night night, const std::vector<Episode>& episodes,
                             std::optional<Night> numbness_answered, std::optional<Night> weakness_answered);

// The same, read from `diary` at `now` in `zone` (the window's zone).
MorningAsk morning_questions(const Diary& diary, Instant now, std::string_view zone);

// The diary preference holding the night a question was last answered for (YYYY-MM-DD).
const char* morning_answered_key(MorningQuestion q);

// A tap on an answer: writes it to every cramp of `night` (numbness `persisted` for a yes; the
// weakness given, if any) and records the question as answered for that night, in one transaction.
Result<void> answer_numbness(Diary& diary, Night night, bool stayed);
Result<void> answer_weakness(Diary& diary, Night night, EnumSet<Weakness> weakness);

}  // namespace cramp
