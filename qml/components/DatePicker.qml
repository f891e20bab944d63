// SPDX-License-Identifier: GPL-3.0-or-later
// A date picker over the page: a month at a time (‹ › a month, « » a year), each night with its
// cramps as on the calendar of nights, the chosen night marked, nights out of the range faint. Tap a
// night; or from the keyboard the arrows (a day, a week), Page Up/Down (a month; with Shift, a year),
// Enter to choose, Esc to close. A date may also be typed (YYYY-MM-DD), for the patient who knows it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Popup {
    id: picker
    required property ReportCalendar calendar
    property string title: ""
    // The label of the typed date ("From (YYYY-MM-DD)").
    property string typedLabel: ""
    // The night marked (YYYY-MM-DD): the one chosen before, then where the keyboard is.
    property string night: ""
    readonly property real cellWidth: Math.floor(picker.availableWidth / 7)
    readonly property real cellHeight: Math.max(Theme.touch, Theme.fontBody * 2.6)
    signal picked(string night)

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 420, 440)
    padding: 16
    Overlay.modal: Rectangle { color: Theme.scrim }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outline
    }

    // Opens on `at` (or the nearest night in the range), its month in view.
    function openAt(at: string): void {
        picker.show(picker.calendar.clamp(at))
        typed.text = at
        picker.open()
    }
    function show(at: string): void {
        picker.night = at
        const row = picker.calendar.rowOfNight(at)
        if (row >= 0)
            months.currentIndex = row
    }
    function choose(at: string): void {
        picker.picked(at)
        picker.close()
    }
    function turn(rows: int): void {
        months.currentIndex = Math.max(0, Math.min(months.count - 1, months.currentIndex + rows))
    }

    onOpened: months.forceActiveFocus()

    // The only child: the popup takes its height from it.
    ColumnLayout {
        width: picker.availableWidth
        spacing: 4
        Text {
            objectName: "datePickerTitle"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: picker.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            RowButton {
                objectName: "previousYear"
                Layout.preferredWidth: Theme.touch
                text: "«"
                font.pixelSize: Theme.fontTitle
                enabled: months.currentIndex > 0
                opacity: enabled ? 1 : 0.4
                Accessible.name: qsTr("Previous year")
                onClicked: picker.turn(-12)
            }
            RowButton {
                objectName: "previousMonth"
                Layout.preferredWidth: Theme.touch
                text: "‹"
                font.pixelSize: Theme.fontTitle
                enabled: months.currentIndex > 0
                opacity: enabled ? 1 : 0.4
                Accessible.name: qsTr("Previous month")
                onClicked: picker.turn(-1)
            }
            Text {
                objectName: "monthTitle"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: months.currentItem ? (months.currentItem as MonthGrid).title : ""
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            RowButton {
                objectName: "nextMonth"
                Layout.preferredWidth: Theme.touch
                text: "›"
                font.pixelSize: Theme.fontTitle
                enabled: months.currentIndex < months.count - 1
                opacity: enabled ? 1 : 0.4
                Accessible.name: qsTr("Next month")
                onClicked: picker.turn(1)
            }
            RowButton {
                objectName: "nextYear"
                Layout.preferredWidth: Theme.touch
                text: "»"
                font.pixelSize: Theme.fontTitle
                enabled: months.currentIndex < months.count - 1
                opacity: enabled ? 1 : 0.4
                Accessible.name: qsTr("Next year")
                onClicked: picker.turn(12)
            }
        }
        Row {
            Repeater {
                model: picker.calendar.weekdays
                delegate: Text {
                    required property string modelData
                    width: picker.cellWidth
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 9
                    text: modelData
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        ListView {
            id: months
            objectName: "pickerMonths"
            Layout.fillWidth: true
            Layout.preferredHeight: 6 * picker.cellHeight + 5 * 3
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            cacheBuffer: 0
            clip: true
            model: picker.calendar
            activeFocusOnTab: true
            Accessible.role: Accessible.Table
            Accessible.name: picker.title
            Keys.onPressed: (event) => {
                const shift = event.modifiers & Qt.ShiftModifier
                if (event.key === Qt.Key_Left)
                    picker.show(picker.calendar.addDays(picker.night, -1))
                else if (event.key === Qt.Key_Right)
                    picker.show(picker.calendar.addDays(picker.night, 1))
                else if (event.key === Qt.Key_Up)
                    picker.show(picker.calendar.addDays(picker.night, -7))
                else if (event.key === Qt.Key_Down)
                    picker.show(picker.calendar.addDays(picker.night, 7))
                else if (event.key === Qt.Key_PageUp)
                    picker.show(picker.calendar.addMonths(picker.night, shift ? -12 : -1))
                else if (event.key === Qt.Key_PageDown)
                    picker.show(picker.calendar.addMonths(picker.night, shift ? 12 : 1))
                else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
                    picker.choose(picker.night)
                else
                    return
                event.accepted = true
            }
            Rectangle {
                objectName: "pickerFocus"
                parent: months
                anchors.fill: parent
                visible: months.activeFocus
                color: "transparent"
                radius: 6
                border.color: Theme.text
                border.width: 2
            }
            delegate: MonthGrid {
                cellWidth: picker.cellWidth
                cellHeight: picker.cellHeight
                width: months.width
                height: months.height
                selectedNight: picker.night
                onTapped: night => picker.choose(night)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ThemedField {
                id: typed
                objectName: "typedDate"
                Layout.fillWidth: true
                placeholderText: picker.typedLabel
                Accessible.name: picker.typedLabel
                inputMethodHints: Qt.ImhDate
                onAccepted: picker.choose(text)
            }
            AccentButton {
                objectName: "pickerClose"
                quiet: true
                text: qsTr("Cancel")
                onClicked: picker.close()
            }
        }
    }
}
