// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of what a form accepts, read from the diary's rules (app/core), so that a field on
// screen and the check behind it cannot disagree: QML holds no number of its own.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class Limits : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // An episode (episode.hpp)
    Q_PROPERTY(int minDuration READ minDuration CONSTANT)
    Q_PROPERTY(int maxDuration READ maxDuration CONSTANT)
    Q_PROPERTY(int confirmDuration READ confirmDuration CONSTANT)  // longer: "are you sure?"
    Q_PROPERTY(int minIntensity READ minIntensity CONSTANT)
    Q_PROPERTY(int maxIntensity READ maxIntensity CONSTANT)
    Q_PROPERTY(int maxNoteChars READ maxNoteChars CONSTANT)  // code points, see noteLength
    // The rule settings and the profile (settings.hpp)
    Q_PROPERTY(int minThreshold READ minThreshold CONSTANT)
    Q_PROPERTY(int maxThreshold READ maxThreshold CONSTANT)
    Q_PROPERTY(int minBoundary READ minBoundary CONSTANT)
    Q_PROPERTY(int maxBoundary READ maxBoundary CONSTANT)
    Q_PROPERTY(int minBirthYear READ minBirthYear CONSTANT)
    Q_PROPERTY(int maxBirthYear READ maxBirthYear CONSTANT)

public:
    using QObject::QObject;

    static int minDuration();
    static int maxDuration();
    static int confirmDuration();
    static int minIntensity();
    static int maxIntensity();
    static int maxNoteChars();
    static int minThreshold();
    static int maxThreshold();
    static int minBoundary();
    static int maxBoundary();
    static int minBirthYear();
    static int maxBirthYear();

    // A note's length as the diary counts it: Unicode code points of its UTF-8 text (an emoji is
    // one, not the two UTF-16 units a TextField's maximumLength would count).
    Q_INVOKABLE static int noteLength(const QString& note);
};
