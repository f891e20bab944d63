// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcome.hpp"

bool Outcome::done(const QString& message) {
    message_ = message;
    error_.clear();
    emit stateChanged();
    return true;
}

bool Outcome::failed(const QString& error) {
    message_.clear();
    error_ = error;
    emit stateChanged();
    return false;
}
