// SPDX-License-Identifier: GPL-3.0-or-later
#include "medicine.hpp"

#include <algorithm>
#include <utility>

namespace cramp {

std::vector<Message> validate(const Medicine& m) {
    std::vector<Message> errs;
    if (m.name.find_first_not_of(" \t\r\n") == std::string::npos)
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: missing"), "name");
    const Text longer = CRAMP_TEXT("Entry", "%1: longer than %2 characters");
    const Text not_text = CRAMP_TEXT("Entry", "%1: not valid UTF-8 text");
    for (auto [field, value] : {std::pair{"name", &m.name}, std::pair{"dose", &m.dose}}) {
        if (!valid_utf8(*value)) errs.emplace_back(not_text, field);
        else if (utf8_length(*value) > kMaxMedicineChars) errs.emplace_back(longer, field, kMaxMedicineChars);
    }
    if (m.start && m.stop && *m.stop < *m.start)
        errs.emplace_back(CRAMP_TEXT("Entry", "%1: %2 is before the start %3"), "stop", format_date(*m.stop),
                          format_date(*m.start));
    return errs;
}

namespace {

constexpr std::string_view kFullWidthSemicolon = "\xEF\xBC\x9B";  // ；

std::string_view trimmed(std::string_view s) {
    constexpr std::string_view space = " \t\r\v\f";
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

}  // namespace

std::vector<Medicine> medicines_from_text(std::string_view text) {
    std::vector<Medicine> out;
    while (!text.empty()) {
        // The next separator: a new line, ';' or '；'.
        std::size_t end = text.size(), skip = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' || text[i] == ';') {
                end = i, skip = 1;
                break;
            }
            if (text.substr(i, kFullWidthSemicolon.size()) == kFullWidthSemicolon) {
                end = i, skip = kFullWidthSemicolon.size();
                break;
            }
        }
        if (auto part = trimmed(text.substr(0, end)); !part.empty()) out.push_back({0, std::string(part), {}, {}, {}});
        text.remove_prefix(std::min(text.size(), end + skip));
    }
    return out;
}

}  // namespace cramp
