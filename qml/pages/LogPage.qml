// Logging one cramp on a single screen, or editing one (episodeId > 0). Every field has a sensible
// default (now, the site and side used last time), so "Save" is the only tap needed after
// "Log a cramp". Enter saves, Esc cancels.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

Page {
    id: page
    objectName: "logPage"
    signal done()

    property int episodeId: 0
    readonly property bool editing: episodeId > 0

    // "now", "15", "60" (minutes ago), "pick" (a picked local time) or "keep" (editing: as stored)
    property string onsetChoice: editing ? "keep" : "now"
    property string pickedDate: Entries.localDate(0)
    property int pickedHour: Number(Entries.localTimeNow().substring(0, 2))
    property int pickedMinute: Number(Entries.localTimeNow().substring(3, 5))
    property string storedOnset: ""
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
            f.onsetLocal = page.pickedDate + "T" + page.two(page.pickedHour) + ":" + page.two(page.pickedMinute)
        else if (page.onsetChoice !== "keep")
            f.minutesAgo = page.onsetChoice === "now" ? 0 : Number(page.onsetChoice)
        return f
    }

    // Durations above 10 minutes are rare for a cramp: ask once, then accept.
    function save(): void {
        if (page.durationS > 600 && !confirmLong.visible) {
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
        page.pickedDate = f.onsetLocal.substring(0, 10)
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

    background: Rectangle { color: Theme.background }
    Accessible.name: page.editing ? qsTr("Edit the entry") : qsTr("Log a cramp")
    Keys.onEscapePressed: page.done()
    Keys.onReturnPressed: page.save()
    Keys.onEnterPressed: page.save()

    header: ToolBar {
        background: Rectangle { color: Theme.surface }
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
        Button {
            id: saveButton
            objectName: "saveButton"
            anchors.fill: parent
            anchors.margins: 12
            text: qsTr("Save")
            Accessible.name: text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            background: Rectangle {
                radius: Theme.radius * 2
                color: Theme.accent
                border.color: saveButton.activeFocus ? Theme.text : "transparent"
                border.width: 2
            }
            contentItem: Text { text: saveButton.text; font: saveButton.font; color: Theme.textOnAccent; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
            onClicked: page.save()
        }
    }

    Flickable {
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
                options: (page.editing ? [{ value: "keep", label: qsTr("As logged (%1)").arg(page.storedOnset.substring(11, 16)) }] : [])
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
                    objectName: "dayChips"
                    Layout.fillWidth: true
                    accessibleGroup: qsTr("Day")
                    options: [{ value: Entries.localDate(0), label: qsTr("Today") }, { value: Entries.localDate(1), label: qsTr("Yesterday") }]
                    value: page.pickedDate
                    onActivated: (v) => page.pickedDate = v
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

            SectionLabel { text: qsTr("Where") }
            ChoiceChips {
                objectName: "siteChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Where")
                options: [{ value: "calf", label: qsTr("Calf") }, { value: "foot", label: qsTr("Foot") },
                          { value: "thigh_back", label: qsTr("Back of thigh") }, { value: "thigh_front", label: qsTr("Front of thigh") },
                          { value: "thigh_side", label: qsTr("Side of thigh") }, { value: "other", label: qsTr("Other") }]
                value: page.site
                onActivated: (v) => page.site = v
            }
            ChoiceChips {
                objectName: "sideChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Side")
                options: [{ value: "left", label: qsTr("Left") }, { value: "right", label: qsTr("Right") },
                          { value: "both", label: qsTr("Both") }]
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
                    from: 1
                    to: 3600
                    value: page.exactSeconds
                    Accessible.name: qsTr("Duration in seconds")
                    onValueModified: page.exactSeconds = value
                }
                Text {
                    text: qsTr("seconds (%1)").arg(Names.duration(page.exactSeconds))
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
            }

            SectionLabel { text: qsTr("How strong: %1 of 10").arg(page.intensity) }
            ThemedSlider {
                objectName: "intensitySlider"
                Layout.fillWidth: true
                from: 0
                to: 10
                value: page.intensity
                Accessible.name: qsTr("Intensity, 0 to 10")
                onMoved: page.intensity = value
            }

            SectionLabel { text: qsTr("What you were doing") }
            ChoiceChips {
                objectName: "postureChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("What you were doing")
                options: [{ value: "lying", label: qsTr("Lying in bed") }, { value: "stretching", label: qsTr("Stretching") },
                          { value: "bending", label: qsTr("Bending") }, { value: "cough_sneeze", label: qsTr("Coughing or sneezing") },
                          { value: "long_sitting", label: qsTr("After long sitting") }, { value: "long_standing", label: qsTr("After long standing") },
                          { value: "exercise", label: qsTr("Exercise") }, { value: "walking", label: qsTr("Walking") },
                          { value: "other", label: qsTr("Other") }]
                value: page.posture
                onActivated: (v) => page.posture = v
            }

            SectionLabel { text: qsTr("Numbness") }
            ChoiceChips {
                objectName: "numbnessChips"
                Layout.fillWidth: true
                accessibleGroup: qsTr("Numbness")
                options: [{ value: "none", label: qsTr("None") }, { value: "during", label: qsTr("During the cramp") },
                          { value: "persisted", label: qsTr("Still numb after") }]
                value: page.numbness
                onActivated: (v) => page.numbness = v
            }

            SectionLabel { text: qsTr("Weakness") }
            ChoiceChips {
                objectName: "weaknessChips"
                Layout.fillWidth: true
                multiple: true
                accessibleGroup: qsTr("Weakness")
                options: [{ value: "foot_drop", label: qsTr("Toes drag when walking") }, { value: "stairs", label: qsTr("Trouble with stairs") },
                          { value: "other", label: qsTr("Other weakness") }]
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
                options: [{ value: "stretch", label: qsTr("Stretching") }, { value: "massage", label: qsTr("Massage") },
                          { value: "heat", label: qsTr("Warmth") }, { value: "walk", label: qsTr("Walking about") }]
                values: page.relief
                onActivated: page.relief = values
            }

            TextField {
                id: noteField
                objectName: "noteField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Note (optional)")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.pixelSize: Theme.fontBody
                maximumLength: 2000
                leftPadding: 12
                rightPadding: 12
                Accessible.name: qsTr("Note")
                text: page.note
                onTextEdited: page.note = text
                onAccepted: page.save()
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: noteField.activeFocus ? Theme.accentText : Theme.outline
                    border.width: noteField.activeFocus ? 2 : 1
                }
            }
        }
    }

    Dialog {
        id: confirmLong
        objectName: "confirmLong"
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 420)
        modal: true
        title: qsTr("Are you sure?")
        padding: 16
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }
        Overlay.modal: Rectangle { color: Theme.dark ? "#b0000000" : "#80000000" }
        header: Text {
            text: confirmLong.title
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            padding: 16
            bottomPadding: 0
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: qsTr("A cramp of %1 is unusually long. Save it anyway?").arg(Names.duration(page.durationS))
        }
        footer: RowLayout {
            spacing: 8
            Item { Layout.preferredWidth: 8 }
            Button {
                id: changeButton
                objectName: "changeDurationButton"
                Layout.fillWidth: true
                Layout.bottomMargin: 16
                implicitHeight: Theme.touch
                text: qsTr("Change it")
                Accessible.name: text
                font.pixelSize: Theme.fontBody
                background: Rectangle {
                    radius: Theme.touch / 2
                    color: Theme.surfaceRaised
                    border.color: changeButton.activeFocus ? Theme.text : Theme.outline
                    border.width: changeButton.activeFocus ? 2 : 1
                }
                contentItem: Text { text: changeButton.text; font: changeButton.font; color: Theme.text; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
                onClicked: confirmLong.reject()
            }
            Button {
                id: keepButton
                objectName: "saveAnywayButton"
                Layout.fillWidth: true
                Layout.bottomMargin: 16
                implicitHeight: Theme.touch
                text: qsTr("Save anyway")
                Accessible.name: text
                font.pixelSize: Theme.fontBody
                font.bold: true
                focus: true
                background: Rectangle {
                    radius: Theme.touch / 2
                    color: Theme.accent
                    border.color: keepButton.activeFocus ? Theme.text : "transparent"
                    border.width: 2
                }
                contentItem: Text { text: keepButton.text; font: keepButton.font; color: Theme.textOnAccent; horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
                onClicked: confirmLong.accept()
            }
            Item { Layout.preferredWidth: 8 }
        }
        onAccepted: page.commit()
    }
}
