// SPDX-License-Identifier: GPL-3.0-or-later
// Errors a user can cause (bad input, a damaged file) come back as values, with a message that
// names the field or the file. Exceptions are left for programming errors.
//
// An error carries its Message (template and arguments, translated at the Qt edge) and that
// message in English (for the command line, logs and tests).
#pragma once

#include "message.hpp"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace cramp {

struct Error {
    std::string message;  // in English
    Message detail;       // the same, translatable
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error e) : v_(std::move(e)) {}

    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(v_); }
    const T& value() const& { return std::get<T>(v_); }
    T&& value() && { return std::get<T>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const std::string& error() const { return std::get<Error>(v_).message; }
    const Message& problem() const { return std::get<Error>(v_).detail; }
    const Error& failure() const { return std::get<Error>(v_); }  // to pass an error on as it is

private:
    std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error e) : err_(std::move(e)) {}

    bool ok() const { return !err_; }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return err_->message; }
    const Message& problem() const { return err_->detail; }
    const Error& failure() const { return *err_; }

private:
    std::optional<Error> err_;
};

// An error whose text is not translated (a message from SQLite or the system, or one not yet
// written as a template).
inline Error fail(std::string message) {
    Message m = Message::verbatim(message);
    return Error{std::move(message), std::move(m)};
}

inline Error fail(Message m) {
    std::string english = m.english();
    return Error{std::move(english), std::move(m)};
}

template <typename... Args>
Error fail(Text text, Args&&... args) {
    return fail(Message(text, std::forward<Args>(args)...));
}

}  // namespace cramp
