// SPDX-License-Identifier: GPL-3.0-or-later
// What the diary tells a person when something is wrong: an English template with %1…%9 and its
// arguments. Core never translates; it only says which template it means. The Qt edge looks the
// template up in the chosen language (QCoreApplication::translate(context, english)) and fills in
// the same arguments, so "line 12, intensity: 11 is outside 0–10" reaches a Chinese reader as
// "第 12 行，intensity：11 不在 0–10 之间".
//
// Templates are written through CRAMP_TEXT(context, "…") so that lupdate, run with
//   -tr-function-alias QT_TRANSLATE_NOOP+=CRAMP_TEXT
// collects them into the .ts files next to the Qt and QML strings.
#pragma once

#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

namespace cramp {

struct Text {
    const char* context = nullptr;
    const char* english = nullptr;
};

#define CRAMP_TEXT(context, english) (::cramp::Text{context, english})

class Message {
public:
    Message() = default;

    // A template and its arguments; an argument is a Message, text shown as it is (a file name,
    // a value read from a file, a date) or a whole number.
    template <typename... Args>
    explicit Message(Text text, Args&&... args) : text_(text) {
        args_.reserve(sizeof...(Args));
        (args_.push_back(arg(std::forward<Args>(args))), ...);
    }

    // Text that is not translated: a value, a name, or a message from the system (SQLite, errno).
    static Message verbatim(std::string text);

    // Several messages shown one per line (every problem of an import).
    static Message lines(std::vector<Message> messages);

    bool is_verbatim() const { return !text_.english && !lines_; }
    bool is_lines() const { return lines_; }
    const Text& text() const { return text_; }
    const std::string& verbatim_text() const { return verbatim_; }
    const std::vector<Message>& args() const { return args_; }  // the lines, for lines()

    // The message in English (the template itself filled in).
    std::string english() const;

    // The message with every template passed through `translate` (Text -> std::string, UTF-8).
    template <typename Translate>
    std::string render(const Translate& translate) const {
        if (lines_) {
            std::string out;
            for (const auto& a : args_) out += (out.empty() ? "" : "\n") + a.render(translate);
            return out;
        }
        if (is_verbatim()) return verbatim_;
        std::vector<std::string> filled;
        filled.reserve(args_.size());
        for (const auto& a : args_) filled.push_back(a.render(translate));
        return substitute(translate(text_), filled);
    }

    // Replaces %1…%9 in a template; a placeholder without an argument is left as it is.
    static std::string substitute(std::string_view tmpl, const std::vector<std::string>& args);

private:
    // (One template with if constexpr rather than concepts: moc parses the headers that include
    // this one and cannot read <concepts>.)
    template <typename A>
    static Message arg(A&& a) {
        using T = std::remove_cvref_t<A>;
        if constexpr (std::is_same_v<T, Message>) return std::forward<A>(a);
        else if constexpr (std::is_integral_v<T>) {
            static_assert(!std::is_same_v<T, bool> && !std::is_same_v<T, char>, "say what a flag or a character means");
            return verbatim(std::to_string(a));
        } else return verbatim(std::string(std::forward<A>(a)));
    }

    Text text_{};
    bool lines_ = false;
    std::string verbatim_;
    std::vector<Message> args_;
};

}  // namespace cramp
