// SPDX-License-Identifier: GPL-3.0-or-later
#include "limits.hpp"

#include "episode.hpp"
#include "settings.hpp"

int Limits::minDuration() { return cramp::kMinDuration; }
int Limits::maxDuration() { return cramp::kMaxDuration; }
int Limits::confirmDuration() { return cramp::kConfirmDuration; }
int Limits::minIntensity() { return 0; }  // core has no constant for it: validate() says 0
int Limits::maxIntensity() { return cramp::kMaxIntensity; }
int Limits::maxNoteChars() { return static_cast<int>(cramp::kMaxNoteChars); }
int Limits::minThreshold() { return cramp::kMinThreshold; }
int Limits::maxThreshold() { return cramp::kMaxThreshold; }
int Limits::minBoundary() { return cramp::kMinBoundary; }
int Limits::maxBoundary() { return cramp::kMaxBoundary; }
int Limits::minBirthYear() { return cramp::kMinBirthYear; }
int Limits::maxBirthYear() { return cramp::kMaxBirthYear; }

int Limits::noteLength(const QString& note) { return static_cast<int>(cramp::utf8_length(note.toStdString())); }
