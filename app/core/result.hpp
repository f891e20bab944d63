// Errors a user can cause (bad input, a damaged file) come back as values, with a message that
// names the field or the file. Exceptions are left for programming errors.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace cramp {

struct Error {
    std::string message;
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

private:
    std::optional<Error> err_;
};

inline Error fail(std::string message) { return Error{std::move(message)}; }

}  // namespace cramp
