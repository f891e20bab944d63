// SPDX-License-Identifier: GPL-3.0-or-later
// The Care page's advice (QML: CareAdvice): everyday care for night cramps, what to do during one and
// when to see a doctor, in sections of a title and its lines, in the app's language. The words are
// docs/clinical.md's "Everyday care" and its three warning signs, and go no further: no doses, no
// claim beyond them. QML lays the sections out; the text lives here.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class CareAdvice : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{title, lines: [..]}], in the order the page shows them.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)

public:
    explicit CareAdvice(QObject* parent = nullptr);
    QVariantList sections() const;

signals:
    void changed();

protected:
    // A language switch: the sections again, in the new language.
    bool eventFilter(QObject* watched, QEvent* event) override;
};
