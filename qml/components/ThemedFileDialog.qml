// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing a file to open, or a name to save under, in the app's colours and language: the folder's
// subfolders and then its files that match the filter (FileListModel), "Up", and a name (or path)
// field as wide as the dialog. The pages use it as they used Qt's FileDialog: title, fileMode,
// nameFilters, currentFolder, currentFile, defaultSuffix, selectedFile, accepted/rejected, open().
// Keyboard: the list moves with the arrows and Enter opens a folder or takes a file; Enter in the
// name field opens a typed folder or accepts; Esc cancels.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CrampDiary

ThemedDialog {
    id: dialog
    objectName: "fileDialog"

    enum FileMode { OpenFile, SaveFile }
    property int fileMode: ThemedFileDialog.OpenFile
    property var nameFilters: []
    // Where the listing starts: the suggested file's folder, else currentFolder, else Documents.
    property url currentFolder
    property url currentFile
    property string defaultSuffix: ""
    // The file the name field names, resolved in the folder shown (with defaultSuffix added).
    readonly property url selectedFile: listing.resolve(nameField.text, dialog.defaultSuffix)
    readonly property bool saving: fileMode === ThemedFileDialog.SaveFile

    acceptText: saving ? qsTr("Save") : qsTr("Open")
    // A name to save under that is not a folder; a file that is there to open.
    acceptEnabled: saving ? nameField.text.trim().length > 0 && !listing.isFolder(dialog.selectedFile)
                          : listing.isFile(dialog.selectedFile)
    height: Math.min(implicitHeight, parent ? parent.height - 32 : 800)

    // A folder is opened; a file is taken into the name field (and, with `andAccept`, chosen: Enter,
    // or a second tap on it).
    function activate(row: int, andAccept: bool): void {
        const url = listing.data(listing.index(row, 0), FileListModel.UrlRole)
        if (listing.isFolder(url)) {
            listing.folder = url
            if (!dialog.saving)
                nameField.text = ""
        } else {
            nameField.text = listing.data(listing.index(row, 0), FileListModel.NameRole)
            if (andAccept && dialog.acceptEnabled)
                dialog.accept()
        }
    }

    function enterTyped(): void {
        if (listing.isFolder(dialog.selectedFile)) {
            listing.folder = dialog.selectedFile
            nameField.text = ""
        } else if (dialog.acceptEnabled) {
            dialog.accept()
        }
    }

    // The keyboard starts where the answer is: the name to save under, or the list to open from.
    focus: true
    onAboutToShow: {
        filterChips.value = dialog.nameFilters.length > 0 ? dialog.nameFilters[0] : ""
        nameField.text = listing.start(dialog.currentFolder, dialog.currentFile)
        files.currentIndex = -1
        nameField.focus = dialog.saving
        files.focus = !dialog.saving
    }
    onOpened: {
        if (dialog.saving)
            nameField.forceActiveFocus()
        else
            files.forceActiveFocus()
    }

    FileListModel {
        id: listing
        nameFilter: filterChips.value
    }

    // Below ThemedDialog's (empty) sentence, in its column: the folder, the filter, the list, the name.
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        RowButton {
            objectName: "fileDialogUp"
            text: qsTr("Up")
            Accessible.name: qsTr("Up one folder")
            enabled: String(listing.parentFolder).length > 0
            onClicked: listing.folder = listing.parentFolder
        }
        Text {
            objectName: "fileDialogFolder"
            Layout.fillWidth: true
            text: listing.folderPath
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    ChoiceChips {
        id: filterChips
        objectName: "fileDialogFilters"
        visible: dialog.nameFilters.length > 1
        Layout.fillWidth: true
        accessibleGroup: qsTr("File type")
        options: dialog.nameFilters.map(f => ({ value: f, label: f }))
    }

    ListView {
        id: files
        objectName: "fileDialogList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: 6 * Theme.touch
        Layout.minimumHeight: 2 * Theme.touch
        clip: true
        model: listing
        activeFocusOnTab: true
        keyNavigationEnabled: true
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Folders and files")
        Keys.onReturnPressed: if (files.currentIndex >= 0) dialog.activate(files.currentIndex, true)
        Keys.onEnterPressed: if (files.currentIndex >= 0) dialog.activate(files.currentIndex, true)
        Keys.onSpacePressed: if (files.currentIndex >= 0) dialog.activate(files.currentIndex, false)
        // Arriving by Tab puts the keyboard on the first entry.
        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

        delegate: Button {
            id: entry
            required property int index
            required property string name
            required property url fileUrl
            required property bool isFolder
            readonly property bool picked: !entry.isFolder && String(entry.fileUrl) === String(dialog.selectedFile)
            objectName: "fileEntry_" + entry.name
            width: ListView.view.width
            implicitHeight: Theme.touch
            focusPolicy: Qt.NoFocus
            // Folders end in "/" as in a path, so they read as folders without colour or icon.
            text: entry.isFolder ? entry.name + "/" : entry.name
            font.pixelSize: Theme.fontBody
            font.bold: entry.isFolder
            Accessible.name: entry.isFolder ? qsTr("Folder %1").arg(entry.name) : entry.name
            background: Rectangle {
                radius: Theme.radius
                color: entry.picked ? Theme.surfaceRaised : (entry.down ? Theme.surfaceRaised : "transparent")
                border.color: entry.picked ? Theme.accentText : "transparent"
                FocusRing {
                    shown: files.activeFocus && files.currentIndex === entry.index
                    anchors.margins: 2
                    radius: Theme.radius
                }
            }
            contentItem: Text {
                text: entry.text
                font: entry.font
                color: Theme.text
                elide: Text.ElideMiddle
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                files.currentIndex = entry.index
                dialog.activate(entry.index, entry.picked)
            }
        }

        Text {
            anchors.centerIn: parent
            visible: files.count === 0
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No folders or files of this type here.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    ThemedField {
        id: nameField
        objectName: "fileDialogName"
        Layout.fillWidth: true
        placeholderText: dialog.saving ? qsTr("File name") : qsTr("File name or path")
        Accessible.name: qsTr("File name")
        inputMethodHints: Qt.ImhNoPredictiveText
        onAccepted: dialog.enterTyped()
    }
}
