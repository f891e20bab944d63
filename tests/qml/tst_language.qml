// Switching the language re-formats dates and durations already on screen, not only qsTr() text.
import QtQuick
import QtTest
import CrampDiary

TestCase {
    name: "Language"

    Text { id: night; text: Labels.tr.night("2026-03-02") }
    Text { id: length; text: Labels.tr.duration(95) }
    Text { id: side; text: Labels.tr.place("calf", "left") }
    Text { id: site; text: Labels.sites[0].label }

    function test_switchingReformatsBoundText(): void {
        const before = Language.choice
        Language.choice = "en"
        const en = [night.text, length.text, side.text]
        compare(side.text, "Left calf")
        compare(site.text, "Calf")
        Language.choice = "zh_CN"
        verify(night.text !== en[0], "night label stayed " + night.text)
        verify(length.text !== en[1], "duration stayed " + length.text)
        verify(side.text !== en[2], "place stayed " + side.text)
        verify(site.text !== "Calf", "chip label stayed " + site.text)
        Language.choice = "en"
        compare(night.text, en[0])
        Language.choice = before
    }

    function test_todaySummaryIsReworded(): void {
        const before = Language.choice
        Language.choice = "en"
        // Three cramps in the last nights raise a signal, whose title is a sentence made in C++.
        for (let d = 1; d <= 3; ++d)
            verify(Entries.logEpisode({ onsetLocal: Entries.localDate(d) + "T23:00" }))
        verify(Entries.today.hasSignals)
        const en = Entries.today.activeSignals[0].title
        Language.choice = "zh_CN"
        verify(Entries.today.activeSignals[0].title !== en, "the signal's title stayed " + en)
        Language.choice = before
    }
}
