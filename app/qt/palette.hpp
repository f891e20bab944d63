// SPDX-License-Identifier: GPL-3.0-or-later
// The app's colours in one place: the screen's night and day themes (Theme.qml reads them through
// the Colours singleton; the Trends chart takes them from Theme) and the printed report (the PDF's
// text, table and weekly chart). palette.cpp says why each set looks as it does.
#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// One screen theme.
struct Scheme {
    QColor background, surface, surfaceRaised;
    QColor text, textMuted;
    QColor accent, textOnAccent, accentText;
    QColor warning, danger, outline;
    QColor scrim;  // over the page behind a modal dialog
};

// The report on white A4 paper, read on a screen or printed, often in black and white.
struct PrintColours {
    QColor paper, text, muted, alert, shade, rule;
    QColor chartBar, chartBarOver, chartAxis, chartText;
};

namespace cramp::palette {
const Scheme& night();
const Scheme& day();
const PrintColours& print();
}  // namespace cramp::palette

// A Scheme as QML sees it (Colours.night.accent).
class ScreenColours : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Colours.night and Colours.day are the only ones")
    Q_PROPERTY(QColor background READ background CONSTANT)
    Q_PROPERTY(QColor surface READ surface CONSTANT)
    Q_PROPERTY(QColor surfaceRaised READ surfaceRaised CONSTANT)
    Q_PROPERTY(QColor text READ text CONSTANT)
    Q_PROPERTY(QColor textMuted READ textMuted CONSTANT)
    Q_PROPERTY(QColor accent READ accent CONSTANT)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent CONSTANT)
    Q_PROPERTY(QColor accentText READ accentText CONSTANT)
    Q_PROPERTY(QColor warning READ warning CONSTANT)
    Q_PROPERTY(QColor danger READ danger CONSTANT)
    Q_PROPERTY(QColor outline READ outline CONSTANT)
    Q_PROPERTY(QColor scrim READ scrim CONSTANT)

public:
    ScreenColours(const Scheme& scheme, QObject* parent) : QObject(parent), s_(scheme) {}
    QColor background() const { return s_.background; }
    QColor surface() const { return s_.surface; }
    QColor surfaceRaised() const { return s_.surfaceRaised; }
    QColor text() const { return s_.text; }
    QColor textMuted() const { return s_.textMuted; }
    QColor accent() const { return s_.accent; }
    QColor textOnAccent() const { return s_.textOnAccent; }
    QColor accentText() const { return s_.accentText; }
    QColor warning() const { return s_.warning; }
    QColor danger() const { return s_.danger; }
    QColor outline() const { return s_.outline; }
    QColor scrim() const { return s_.scrim; }

private:
    const Scheme& s_;
};

// In QML as Colours: QtQuick has a Palette type of its own.
class Palette : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Colours)
    QML_SINGLETON
    Q_PROPERTY(ScreenColours* night READ night CONSTANT)
    Q_PROPERTY(ScreenColours* day READ day CONSTANT)

public:
    explicit Palette(QObject* parent = nullptr);
    ScreenColours* night() const { return night_; }
    ScreenColours* day() const { return day_; }

private:
    ScreenColours* night_;
    ScreenColours* day_;
};
