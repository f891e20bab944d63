// SPDX-License-Identifier: GPL-3.0-or-later
// A medicine the patient takes or took (docs/rules.md, "Medicines"): a name, a dose in the patient's
// own words, the night it started and, once it stopped, the night it stopped. Pure values; no Qt, no
// SQL.
#pragma once

#include "episode.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

struct Medicine {
    std::int64_t id = 0;           // 0 until stored
    std::string name;              // required
    std::string dose;              // free text, may be empty ("20 mg every morning")
    std::optional<Night> start;    // none only for a medicine carried over from the old free-text list
    std::optional<Night> stop;     // none while it is taken
    friend bool operator==(const Medicine&, const Medicine&) = default;
};

// The name and the dose are each bounded like a note: the old free-text medicines field allowed this
// many characters, and each of its lines becomes a name (medicines_from_text).
inline constexpr std::size_t kMaxMedicineChars = kMaxNoteChars;

// Every problem, each naming its field: a name that is empty or too long, a dose too long, a stop
// before the start.
std::vector<Message> validate(const Medicine& m);

// The records that the old free-text medicines field ("二甲双胍; furosemide", possibly several
// lines) becomes: one undated record per line or ';'/'；'-separated part, trimmed, empty parts left
// out, the dose empty. Nothing else of the text is dropped.
std::vector<Medicine> medicines_from_text(std::string_view text);

}  // namespace cramp
