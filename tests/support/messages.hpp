// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that a message from the core keeps its translatable structure: a pretend translator that
// marks every template it is asked for, and the verbatim pieces (values, names, system messages)
// a message is filled in with.
#pragma once

#include "message.hpp"

#include <regex>
#include <string>
#include <vector>

namespace cramp::test {

// The message as a translator that wraps every template in << >> would show it. Each template of
// the chain is marked, so "<<line 2, <<intensity: 11 is outside 0–10>>>>" proves that both the
// place and the field message are looked up, and that "2", "intensity" and "11" are not.
inline std::string marked(const Message& m) {
    return m.render([](const Text& t) { return "<<" + std::string(t.english) + ">>"; });
}

// The marked text with the marks taken out: the English, when no value holds "<<" or ">>".
inline std::string unmarked(std::string s) {
    for (const char* mark : {"<<", ">>"})
        for (auto pos = s.find(mark); pos != std::string::npos; pos = s.find(mark, pos)) s.erase(pos, 2);
    return s;
}

// Every verbatim piece of the message, nested ones too, in order.
inline void collect_verbatim(const Message& m, std::vector<std::string>& out) {
    if (m.is_verbatim()) {
        out.push_back(m.verbatim_text());
        return;
    }
    for (const auto& a : m.args()) collect_verbatim(a, out);
}

inline std::vector<std::string> verbatim_pieces(const Message& m) {
    std::vector<std::string> out;
    collect_verbatim(m, out);
    return out;
}

// Verbatim pieces that read like English prose (two words in a row: "is not", "the diary"),
// which a template should have said. Values, field names, lists of names ("calf, foot"), dates,
// zones and paths are not prose.
inline std::vector<std::string> prose_pieces(const Message& m) {
    static const std::regex prose(R"([A-Za-z]{2,} [A-Za-z]{2,})");
    std::vector<std::string> out;
    for (auto& p : verbatim_pieces(m))
        if (std::regex_search(p, prose)) out.push_back(p);
    return out;
}

}  // namespace cramp::test
