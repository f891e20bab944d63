// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.hpp"

namespace cramp::palette {

// Night, the default: the app is opened in the dark, right after a cramp, and must not glare. Dark
// and warm: no pure white, no blue-white, an amber accent.
const Scheme& night() {
    static const Scheme s{
        .background = QColor(0x0e, 0x10, 0x14),
        .surface = QColor(0x19, 0x1c, 0x22),
        .surfaceRaised = QColor(0x23, 0x27, 0x30),
        .text = QColor(0xe4, 0xe2, 0xdc),
        .textMuted = QColor(0xa4, 0xa2, 0x9c),
        .accent = QColor(0xe3, 0x9a, 0x57),        // warm amber: a fill (buttons, chosen chips, bars)
        .textOnAccent = QColor(0x1a, 0x12, 0x08),  // dark text on the light amber
        .accentText = QColor(0xf0, 0xac, 0x6c),    // amber as text or a thin line: a shade lighter to read
        .warning = QColor(0xf0, 0xb8, 0x60),
        .danger = QColor(0xff, 0x8a, 0x80),        // a soft red that stays readable on the dark
        .outline = QColor(0x3a, 0x3f, 0x4a),
        .scrim = QColor(0, 0, 0, 0x99),            // dims the page behind a question
    };
    return s;
}

// Day: the same roles on a warm off-white, the accent a dark amber that reads on white.
const Scheme& day() {
    static const Scheme s{
        .background = QColor(0xf7, 0xf7, 0xf5),
        .surface = QColor(0xff, 0xff, 0xff),
        .surfaceRaised = QColor(0xec, 0xeb, 0xe7),
        .text = QColor(0x1b, 0x1b, 0x1d),
        .textMuted = QColor(0x55, 0x55, 0x5a),
        .accent = QColor(0x9c, 0x4a, 0x12),
        .textOnAccent = QColor(0xff, 0xff, 0xff),
        .accentText = QColor(0x8a, 0x3f, 0x0c),
        .warning = QColor(0x8a, 0x5a, 0x00),
        .danger = QColor(0xb3, 0x26, 0x1e),
        .outline = QColor(0xc9, 0xc7, 0xc0),
        .scrim = QColor(0, 0, 0, 0x99),
    };
    return s;
}

// Paper: black text, and the day theme's colours where the report needs colour (dark on white, as
// on the day screen, so the chart in the PDF looks like the one on Trends by day).
const PrintColours& print() {
    static const PrintColours p{
        .paper = QColor(Qt::white),  // the page (the PDF leaves it unpainted; the preview fills it)
        .text = QColor(Qt::black),
        .muted = day().textMuted,    // the footer and the closing note
        .alert = day().danger,       // the warning signs
        .shade = QColor(0xee, 0xed, 0xea),  // the table's header row: a light grey that prints
        .rule = day().outline,       // hairlines between the table's rows
        .chartBar = day().accent,
        .chartBarOver = day().danger,  // a week over the threshold, and the threshold line
        .chartAxis = day().textMuted,
        .chartText = day().text,
    };
    return p;
}

}  // namespace cramp::palette

Palette::Palette(QObject* parent)
    : QObject(parent),
      night_(new ScreenColours(cramp::palette::night(), this)),
      day_(new ScreenColours(cramp::palette::day(), this)) {}
