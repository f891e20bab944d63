// SPDX-License-Identifier: GPL-3.0-or-later
// The night and day palettes meet WCAG AA for text: 4.5:1 for body text, 3:1 for large text and
// for the outlines and marks that carry meaning. Reads the colours from the Theme singleton, so a
// changed colour that fails makes this test fail. And Theme follows ThemeMode's "auto" rule, on the
// tests' fixed clock.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    id: testCase
    name: "Theme"

    function channel(c: real): real {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(c: color): real {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    function check(fg: string, bg: string, minimum: real): void {
        const ratio = contrast(Theme[fg], Theme[bg])
        verify(ratio >= minimum, (Theme.dark ? "dark" : "light") + ": " + fg + " on " + bg + " is "
               + ratio.toFixed(2) + ":1, below " + minimum + ":1")
    }

    function test_contrast_data(): var {
        return [{ tag: "dark", theme: "dark" }, { tag: "light", theme: "light" }]
    }

    function test_contrast(data: var): void {
        ThemeMode.setting = data.theme
        compare(Theme.dark, data.theme === "dark")
        for (const bg of ["background", "surface", "surfaceRaised"]) {
            check("text", bg, 4.5)
            check("textMuted", bg, 4.5)
            check("accentText", bg, 4.5)
            check("warning", bg, 4.5)
            check("danger", bg, 4.5)
        }
        check("textOnAccent", "accent", 4.5)
        // Large text (the gauge headline) and meaningful non-text marks: 3:1.
        check("accent", "background", 3)
        check("accent", "surface", 3)
    }

    function test_theFailingCaseIsCaught(): void {
        // The check itself: grey on grey fails, black on white passes.
        verify(contrast(Qt.color("#777777"), Qt.color("#888888")) < 1.5)
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01)
    }

    // The tests' clock stands at 2026-11-30 01:00 UTC (qml_tests_main.cpp): 09:00 in Shanghai. The
    // window's Theme follows ThemeMode's rule as the zone moves that instant across its hours.
    function test_autoFollowsTheHourInTheZone_data(): var {
        return [{ tag: "09:00 Shanghai", zone: "Asia/Shanghai", dark: false },
                { tag: "20:00 New York", zone: "America/New_York", dark: true },
                { tag: "19:00 Chicago", zone: "America/Chicago", dark: false },
                { tag: "01:00 London", zone: "Europe/London", dark: true },
                { tag: "06:30 Kolkata", zone: "Asia/Kolkata", dark: true },
                { tag: "10:00 Tokyo", zone: "Asia/Tokyo", dark: false }]
    }

    function test_autoFollowsTheHourInTheZone(data: var): void {
        ThemeMode.setting = "auto"
        DiaryFile.zone = data.zone
        compare(ThemeMode.dark, data.dark)
        compare(Theme.dark, data.dark)
        verify(Qt.colorEqual(Theme.background, data.dark ? "#0e1014" : "#f7f7f5"))
        // The patient's choice wins over the hour.
        ThemeMode.setting = data.dark ? "light" : "dark"
        compare(Theme.dark, !data.dark)
        ThemeMode.setting = "auto"
        compare(Theme.dark, data.dark)
        DiaryFile.zone = "Asia/Shanghai"
    }
}
