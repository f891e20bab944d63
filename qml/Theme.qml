// SPDX-License-Identifier: GPL-3.0-or-later
// Colours and sizes in one place. Night (dark, warm, low glare) is the default; the app decides
// which, not the system (Qt 6.4 has no colour-scheme hint).
pragma Singleton
import QtQuick
import CrampDiary

QtObject {
    readonly property bool dark: ThemeMode.dark

    // The colours are the palette's (app/qt/palette.cpp), which the report's PDF shares. Each
    // binding picks its scheme itself: a `colours` property of its own would still be null while
    // the first of these bindings run.
    readonly property color background: (dark ? Colours.night : Colours.day).background
    readonly property color surface: (dark ? Colours.night : Colours.day).surface
    readonly property color surfaceRaised: (dark ? Colours.night : Colours.day).surfaceRaised
    readonly property color text: (dark ? Colours.night : Colours.day).text
    readonly property color textMuted: (dark ? Colours.night : Colours.day).textMuted
    readonly property color accent: (dark ? Colours.night : Colours.day).accent
    // Not "onAccent": a property named on<Upper>… is taken for a signal handler and its binding
    // never updated (the day theme kept the night's dark text on the accent).
    readonly property color textOnAccent: (dark ? Colours.night : Colours.day).textOnAccent
    // Accent used as text or a thin line on background/surface/surfaceRaised (links, badges).
    readonly property color accentText: (dark ? Colours.night : Colours.day).accentText
    readonly property color warning: (dark ? Colours.night : Colours.day).warning
    readonly property color danger: (dark ? Colours.night : Colours.day).danger
    readonly property color outline: (dark ? Colours.night : Colours.day).outline
    // Over the page behind a modal dialog.
    readonly property color scrim: (dark ? Colours.night : Colours.day).scrim

    readonly property int touch: 48        // smallest touch target, px
    readonly property int spacing: 12
    readonly property int radius: 12
    // Text follows the system's font size, so a patient who enlarged it (1.5×, 2×) gets larger text
    // here too: 1 at the usual 10 pt (or less), in proportion above it.
    readonly property real fontScale: Language.textScale
    readonly property int fontSmall: Math.round(14 * fontScale)
    readonly property int fontBody: Math.round(16 * fontScale)
    readonly property int fontTitle: Math.round(22 * fontScale)
    readonly property int fontHuge: Math.round(28 * fontScale)
}
