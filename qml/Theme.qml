// Colours and sizes in one place. Night (dark, warm, low glare) is the default; the app decides
// which, not the system (Qt 6.4 has no colour-scheme hint).
pragma Singleton
import QtQuick
import CrampDiary

QtObject {
    readonly property bool dark: ThemeMode.dark

    readonly property color background: dark ? "#0e1014" : "#f7f7f5"
    readonly property color surface: dark ? "#191c22" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#232730" : "#ecebe7"
    readonly property color text: dark ? "#e4e2dc" : "#1b1b1d"
    readonly property color textMuted: dark ? "#a4a29c" : "#55555a"
    readonly property color accent: dark ? "#e39a57" : "#9c4a12"
    // Not "onAccent": a property named on<Upper>… is taken for a signal handler and its binding
    // never updated (the day theme kept the night's dark text on the accent).
    readonly property color textOnAccent: dark ? "#1a1208" : "#ffffff"
    // Accent used as text or a thin line on background/surface/surfaceRaised (links, badges).
    readonly property color accentText: dark ? "#f0ac6c" : "#8a3f0c"
    readonly property color warning: dark ? "#f0b860" : "#8a5a00"
    readonly property color danger: dark ? "#ff8a80" : "#b3261e"
    readonly property color outline: dark ? "#3a3f4a" : "#c9c7c0"

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
