// SPDX-License-Identifier: GPL-3.0-or-later
#include "notevalidator.hpp"

#include "limits.hpp"

QValidator::State NoteValidator::validate(QString& input, int&) const {
    return Limits::noteLength(input) <= Limits::maxNoteChars() ? Acceptable : Invalid;
}
