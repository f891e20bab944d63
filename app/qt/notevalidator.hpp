// SPDX-License-Identifier: GPL-3.0-or-later
// The note field's validator, in QML's CrampDiary module: it refuses an edit that would make the
// note longer than the diary takes, counted as the diary counts (Limits.noteLength).
#pragma once

#include <QValidator>
#include <QtQml/qqmlregistration.h>

class NoteValidator : public QValidator {
    Q_OBJECT
    QML_ELEMENT

public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};
