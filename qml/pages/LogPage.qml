// SPDX-License-Identifier: GPL-3.0-or-later
// Logging one cramp on a single screen, or editing one (episodeId > 0). Every field has a sensible
// default (now, the site and side used last time), so "Save" is the only tap needed after
// "Log a cramp". Enter saves, Esc cancels.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ThemedPage {
    id: page
    objectName: "logPage"
    signal done()

    property int episodeId: 0
    readonly property bool editing: episodeId > 0
    // A night to log for (YYYY-MM-DD, "" for none): the page opens with it chosen, at a time in it.
    property string night: ""

    // "now", "15", "60" (minutes ago), "pick" (a time in a picked night) or "keep" (editing: as stored)
    property string onsetChoice: editing ? "keep" : night !== "" ? "pick" : "now"
    // The last 7 nights, newest first (the night running now is the first).
    readonly property var recentNights: Entries.recentNights(7)
    property string pickedNight: night !== "" ? night : recentNights[0]
    // The date picker for a night older than the buttons' (or one typed).
    property bool olderNight: recentNights.indexOf(pickedNight) < 0
    readonly property string startTime: night !== "" ? Entries.defaultTimeInNight(night) : Entries.localTimeNow()
    property int pickedHour: Number(startTime.substring(0, 2))
    property int pickedMinute: Number(startTime.substring(3, 5))
    property string storedOnset: ""
    // The night the cramp counts for, and why the time cannot be saved (C++: the night rule).
    readonly property var onsetCheck: Entries.onsetCheck(page.episodeId, page.fields())
    property string site: Entries.defaultSite
    property string side: Entries.defaultSide
    property string durationChoice: "60"   // "20", "60", "120", "300" or "exact"
    property int exactSeconds: 90
    readonly property int durationS: durationChoice === "exact" ? exactSeconds : Number(durationChoice)
    property int intensity: 5
    property string posture: "lying"
    property string numbness: "none"
    property var weakness: []
    property bool radiating: false
    property bool tinglingSymmetric: false
    property bool woke: true
    property var relief: []
    property string note: ""

    function two(n: int): string {
        return (n < 10 ? "0" : "") + n
    }

    function fields(): var {
        const f = {
            site: page.site, side: page.side, durationS: page.durationS, intensity: page.intensity,
            posture: page.posture, numbness: page.numbness, weakness: page.weakness, relief: page.relief,
            radiating: page.radiating, tinglingSymmetric: page.tinglingSymmetric, woke: page.woke, note: page.note
        }
        if (page.onsetChoice === "pick")
            f.onsetLocal = Entries.onsetInNight(page.pickedNight, page.pickedHour, page.pickedMinute)
        else if (page.onsetChoice !== "keep")
            f.minutesAgo = page.onsetChoice === "now" ? 0 : Number(page.onsetChoice)
        return f
    }

    // Long durations (over 10 minutes) are rare for a cramp: ask once, then accept.
    function save(): void {
        if (page.durationS > Limits.confirmDuration && !confirmLong.visible) {
            confirmLong.open()
            return
        }
        page.commit()
    }

    function commit(): void {
        const ok = page.editing ? Entries.updateEpisode(page.episodeId, page.fields()) : Entries.logEpisode(page.fields())
        if (ok)
            page.done()
    }

    function loadEpisode(): void {
        const f = Entries.episodeFields(page.episodeId)
        if (f.site === undefined)
            return
        page.storedOnset = f.onsetLocal
        page.pickedNight = f.night
        page.pickedHour = Number(f.onsetLocal.substring(11, 13))
        page.pickedMinute = Number(f.onsetLocal.substring(14, 16))
        page.site = f.site
        page.side = f.side
        const quick = [20, 60, 120, 300]
        page.durationChoice = quick.indexOf(f.durationS) >= 0 ? String(f.durationS) : "exact"
        page.exactSeconds = f.durationS
        page.intensity = f.intensity
        page.posture = f.posture
        page.numbness = f.numbness
        page.weakness = f.weakness
        page.relief = f.relief
        page.radiating = f.radiating
        page.tinglingSymmetric = f.tinglingSymmetric
        page.woke = f.woke
        page.note = f.note
    }

    Component.onCompleted: if (page.editing) page.loadEpisode()

    Accessible.name: page.editing ? qsTr("Edit the entry") : qsTr("Log a cramp")
    Keys.onEscapePressed: page.done()
    Keys.onReturnPressed: page.save()
    Keys.onEnterPressed: page.save()

    header: ThemedToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 8
            ToolButton {
                id: cancelButton
                objectName: "cancelButton"
                text: qsTr("Cancel")
                Accessible.name: text
                implicitHeight: Theme.touch
                onClicked: page.done()
                contentItem: Text { text: cancelButton.text; color: Theme.text; font.pixelSize: Theme.fontBody; verticalAlignment: Text.AlignVCenter }
                background: Rectangle {
                    radius: Theme.radius
                    color: cancelButton.down ? Theme.surfaceRaised : "transparent"
                    FocusRing { shown: cancelButton.visualFocus }
                }
            }
            Label {
                text: page.editing ? qsTr("Edit the entry") : qsTr("Log a cramp")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // With large text beside "Cancel" the title shrinks to fit before it is cut.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontBody
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    // Save sits at the bottom, where the thumb that tapped "Log a cramp" already is.
    footer: Rectangle {
        color: Theme.surface
        implicitHeight: Theme.touch + 32
        PrimaryButton {
            objectName: "saveButton"
            anchors.fill: parent
            anchors.margins: 12
            text: qsTr("Save")
            font.pixelSize: Theme.fontTitle
            onClicked: page.save()
        }
    }

    FocusFlickable {
        id: flick
        objectName: "logForm"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: form
            x: 16
            y: 16
            width: Math.min(flick.width - 32, 720)
            spacing: Theme.spacing

            Text {
                visible: DiaryFile.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                text: DiaryFile.lastError
            }

            SectionLabel { text: qsTr("When") }
            ChoiceChips {
                objectName: "onsetChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("When")
                options: (page.editing ? [{ value: "keep", label: qsTr("As logged (%1)").arg(Labels.tr.night(page.storedOnset.substring(0, 10)) + " " + page.storedOnset.substring(11, 16)) }] : [])
                         .concat([{ value: "now", label: qsTr("Now") }, { value: "15", label: qsTr("15 min ago") },
                                  { value: "60", label: qsTr("1 h ago") }, { value: "pick", label: qsTr("Pick a time") }])
                value: page.onsetChoice
                onActivated: (v) => page.onsetChoice = v
            }
            ColumnLayout {
                objectName: "timePicker"
                visible: page.onsetChoice === "pick"
                Layout.fillWidth: true
                spacing: 8
                ChoiceChips {
                    objectName: "nightChips"
                    Layout.fillWidth: true
                    accessibleGroup: qsTr("Night")
                    options: page.recentNights.map(n => ({ value: n, label: Labels.tr.night(n) }))
                             .concat([{ value: "older", label: qsTr("Older…") }])
                    value: page.olderNight ? "older" : page.pickedNight
                    onActivated: (v) => {
                        page.olderNight = v === "older"
                        // The date picker opens on the night before the buttons' oldest.
                        page.pickedNight = v === "older" ? Entries.pastNight(page.recentNights[6], -1) : v
                    }
                }
                RowLayout {
                    objectName: "olderPicker"
                    visible: page.olderNight
                    Layout.fillWidth: true
                    spacing: 4
                    AccentButton {
                        objectName: "previousNight"
                        quiet: true
                        font.pixelSize: Theme.fontTitle
                        text: "‹"
                        Accessible.name: qsTr("The night before")
                        onClicked: page.pickedNight = Entries.pastNight(page.pickedNight, -1)
                    }
                    ThemedField {
                        objectName: "nightField"
                        Layout.fillWidth: true
                        Layout.maximumWidth: 200
                        horizontalAlignment: TextInput.AlignHCenter
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Night (YYYY-MM-DD)")
                        text: page.pickedNight
                        // A date that is a night begun already is taken as typed; others wait.
                        onTextEdited: {
                            const n = Entries.pastNight(text)
                            if (n !== "")
                                page.pickedNight = n
                        }
                        onAccepted: page.save()
                    }
                    AccentButton {
                        objectName: "nextNight"
                        quiet: true
                        font.pixelSize: Theme.fontTitle
                        enabled: Entries.pastNight(page.pickedNight, 1) !== ""
                        text: "›"
                        Accessible.name: qsTr("The night after")
                        onClicked: page.pickedNight = Entries.pastNight(page.pickedNight, 1)
                    }
                }
                // The same nights as a calendar, each with its cramps or ✓: the night a patient missed
                // is seen and tapped. Nights still to come cannot be tapped.
                NightCalendarView {
                    id: olderView
                    objectName: "olderCalendar"
                    visible: page.olderNight
                    Layout.fillWidth: true
                    Layout.maximumWidth: 480
                    calendar: NightCalendar {
                        language: Language.current
                        selectedNight: page.pickedNight
                        onSelectionChanged: {
                            if (selectedNight !== "" && Entries.pastNight(selectedNight) !== "")
                                page.pickedNight = selectedNight
                        }
                    }
                    Connections {
                        target: page
                        function onPickedNightChanged() {
                            olderView.calendar.selectedNight = page.pickedNight
                        }
                    }
                }
                RowLayout {
                    spacing: 4
                    NumberBox {
                        objectName: "hourBox"
                        from: 0
                        to: 23
                        value: page.pickedHour
                        Accessible.name: qsTr("Hour")
                        onValueModified: page.pickedHour = value
                    }
                    Text { text: ":"; color: Theme.text; font.pixelSize: Theme.fontTitle }
                    NumberBox {
                        objectName: "minuteBox"
                        from: 0
                        to: 59
                        value: page.pickedMinute
                        textFromValue: (v, locale) => (v < 10 ? "0" : "") + v
                        valueFromText: (t, locale) => parseInt(t)
                        Accessible.name: qsTr("Minute")
                        onValueModified: page.pickedMinute = value
                    }
                }
            }

            // Which night the cramp counts for, as the diary will file it; or why that time cannot be saved.
            Text {
                objectName: "countsFor"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: page.onsetCheck.error !== "" ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: page.onsetCheck.error !== "" ? page.onsetCheck.error
                                                   : qsTr("Counts for the night of %1").arg(Labels.tr.night(page.onsetCheck.night))
            }

            SectionLabel { text: qsTr("Where") }
            ChoiceChips {
                objectName: "siteChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Where")
                options: Labels.sites
                value: page.site
                onActivated: (v) => page.site = v
            }
            ChoiceChips {
                objectName: "sideChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Side")
                options: Labels.sides
                value: page.side
                onActivated: (v) => page.side = v
            }

            SectionLabel { text: qsTr("How long") }
            ChoiceChips {
                objectName: "durationChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("How long")
                options: [{ value: "20", label: qsTr("Under 30 s") }, { value: "60", label: qsTr("About 1 min") },
                          { value: "120", label: qsTr("About 2 min") }, { value: "300", label: qsTr("5 min or more") },
                          { value: "exact", label: qsTr("Exact…") }]
                value: page.durationChoice
                onActivated: (v) => page.durationChoice = v
            }
            RowLayout {
                visible: page.durationChoice === "exact"
                spacing: 8
                NumberBox {
                    objectName: "exactSecondsBox"
                    from: Limits.minDuration
                    to: Limits.maxDuration
                    value: page.exactSeconds
                    Accessible.name: qsTr("Duration in seconds")
                    onValueModified: page.exactSeconds = value
                }
                Text {
                    text: qsTr("seconds (%1)").arg(Labels.tr.duration(page.exactSeconds))
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }

            SectionLabel { text: qsTr("How strong: %1 of 10").arg(page.intensity) }
            ThemedSlider {
                objectName: "intensitySlider"
                Layout.fillWidth: true
                from: Limits.minIntensity
                to: Limits.maxIntensity
                value: page.intensity
                Accessible.name: qsTr("Intensity, 0 to 10")
                onMoved: page.intensity = value
            }

            SectionLabel { text: qsTr("What you were doing") }
            ChoiceChips {
                objectName: "postureChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("What you were doing")
                options: Labels.postures
                value: page.posture
                onActivated: (v) => page.posture = v
            }

            SectionLabel { text: qsTr("Numbness") }
            ChoiceChips {
                objectName: "numbnessChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Numbness")
                options: Labels.numbness
                value: page.numbness
                onActivated: (v) => page.numbness = v
            }

            SectionLabel { text: qsTr("Weakness") }
            ChoiceChips {
                objectName: "weaknessChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("Weakness")
                options: Labels.weakness
                values: page.weakness
                onActivated: page.weakness = values
            }

            ToggleRow {
                objectName: "radiatingToggle"
                Layout.fillWidth: true
                text: qsTr("Numbness or pain running from the buttock down the leg")
                checked: page.radiating
                onToggled: page.radiating = checked
            }
            ToggleRow {
                objectName: "tinglingToggle"
                Layout.fillWidth: true
                text: qsTr("Tingling or numbness in both feet or both hands")
                checked: page.tinglingSymmetric
                onToggled: page.tinglingSymmetric = checked
            }
            ToggleRow {
                objectName: "wokeToggle"
                Layout.fillWidth: true
                text: qsTr("It woke me up")
                checked: page.woke
                onToggled: page.woke = checked
            }

            SectionLabel { text: qsTr("What eased it") }
            ChoiceChips {
                objectName: "reliefChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("What eased it")
                options: Labels.reliefs
                values: page.relief
                onActivated: page.relief = values
            }

            ThemedField {
                objectName: "noteField"
                Layout.fillWidth: true
                placeholderText: qsTr("Note (optional)")
                // The diary's limit, counted as the diary counts (maximumLength would count UTF-16).
                validator: NoteValidator {}
                Accessible.name: qsTr("Note")
                text: page.note
                onTextEdited: page.note = text
                onAccepted: page.save()
            }
        }
    }

    ThemedDialog {
        id: confirmLong
        objectName: "confirmLong"
        title: qsTr("Are you sure?")
        body: qsTr("A cramp of %1 is unusually long. Save it anyway?").arg(Labels.tr.duration(page.durationS))
        acceptText: qsTr("Save anyway")
        rejectText: qsTr("Change it")
        acceptFocused: true
        onAccepted: page.commit()
    }
}
