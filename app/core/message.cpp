// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.hpp"

namespace cramp {

Message Message::verbatim(std::string text) {
    Message m;
    m.verbatim_ = std::move(text);
    return m;
}

Message Message::lines(std::vector<Message> messages) {
    Message m;
    m.lines_ = true;
    m.args_ = std::move(messages);
    return m;
}

std::string Message::english() const {
    return render([](const Text& t) { return std::string(t.english); });
}

std::string Message::substitute(std::string_view tmpl, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(tmpl.size() + 16 * args.size());
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '%' && i + 1 < tmpl.size() && tmpl[i + 1] >= '1' && tmpl[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(tmpl[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += tmpl[i];
    }
    return out;
}

}  // namespace cramp
