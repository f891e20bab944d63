// SPDX-License-Identifier: GPL-3.0-or-later
// The tapped night of the calendar: its date and what it holds, its entries (tap one to edit it),
// and what can be done: log a cramp for that night, record it cramp-free (a past night with no
// record) or remove its cramp-free mark. What is offered comes from NightCalendar.selected.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CrampDiary

Rectangle {
    id: panel
    required property NightCalendar calendar
    signal logNightRequested(string night)
    signal editRequested(int episodeId)
    signal careRequested(string night)
    readonly property var night: calendar.selected
    readonly property bool shown: night.night !== undefined

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: 8

        Heading {
            objectName: "nightTitle"
            section: true
            text: panel.shown ? Labels.tr.night(panel.night.night) : ""
        }
        Text {
            objectName: "nightStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: !panel.shown ? ""
                  : panel.night.episodes > 0 ? qsTr("%n cramp(s) that night", "", panel.night.episodes)
                  : panel.night.crampFree ? qsTr("Recorded as a night without cramps.")
                  : panel.night.future ? qsTr("This night has not ended yet.")
                  : qsTr("Not recorded.")
        }
        Text {
            objectName: "nightCrossing"
            visible: panel.shown && panel.night.crossing
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            text: qsTr("▲ On this night the last 7 nights reached your threshold of %1 cramps.").arg(panel.calendar.threshold)
        }
        // The night's bedtime care record, if any (tonight or a past night can have one).
        CareLog {
            id: care
            night: panel.shown ? panel.night.night : ""
        }
        Text {
            objectName: "nightCare"
            visible: panel.shown && care.recorded
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Bedtime care: %1").arg(care.summary)
        }
        Repeater {
            model: panel.calendar.entries
            delegate: EpisodeRow {
                objectName: "nightEntry"
                Layout.fillWidth: true
                color: Theme.surfaceRaised
                onClicked: panel.editRequested(episodeId)
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            AccentButton {
                objectName: "nightLog"
                visible: panel.shown && !panel.night.future
                quiet: panel.night.episodes === 0 && panel.night.canCheckIn
                text: qsTr("Log a cramp")
                onClicked: panel.logNightRequested(panel.night.night)
            }
            AccentButton {
                objectName: "nightCheckIn"
                visible: panel.shown && panel.night.canCheckIn
                text: qsTr("Cramp-free")
                Accessible.name: qsTr("Record %1 as cramp-free").arg(Labels.tr.night(panel.night.night ?? ""))
                onClicked: Entries.checkInNight(panel.night.night)
            }
            AccentButton {
                objectName: "nightCareButton"
                visible: panel.shown && care.canLog
                quiet: true
                text: qsTr("Bedtime care")
                Accessible.name: qsTr("Bedtime care of %1").arg(Labels.tr.night(panel.night.night ?? ""))
                onClicked: panel.careRequested(care.shownNight)
            }
            AccentButton {
                objectName: "nightRemove"
                visible: panel.shown && panel.night.crampFree
                quiet: true
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove the cramp-free mark of %1").arg(Labels.tr.night(panel.night.night ?? ""))
                onClicked: Entries.removeCrampFree(panel.night.night)
            }
        }
    }
}
