// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring a backup, as Settings and Today's "could not be opened" screen offer it: first the
// question, with what the backup holds beside what the diary holds now; then what happened, with
// an undo that brings the replaced diary back. Backups does the work and words the outcome.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CrampDiary

Item {
    id: flow
    // The backup (or kept diary) to restore, a file URL.
    property url file
    // Ask at once when created (a Loader that creates the flow when the question is wanted).
    property bool openAtOnce: false
    // After a restore or its undo, whether or not it succeeded (Backups' message or error says).
    signal finished()

    // The question for `file`: both summaries are read now, as they are.
    function open(): void {
        confirm.backupHolds = Backups.summaryOf(flow.file)
        confirm.diaryHolds = Backups.diarySummary()
        confirm.open()
    }
    Component.onCompleted: {
        if (flow.openAtOnce)
            flow.open()
    }

    ThemedDialog {
        id: confirm
        objectName: "restoreConfirm"
        parent: Overlay.overlay
        property string backupHolds
        property string diaryHolds
        title: qsTr("Restore this backup?")
        body: qsTr("The diary is replaced by the backup %1. The current diary is kept beside it, not deleted.")
                  .arg(Backups.displayPath(flow.file))
              + "\n\n" + qsTr("The backup holds: %1").arg(confirm.backupHolds)
              + "\n\n" + qsTr("The diary holds now: %1").arg(confirm.diaryHolds)
        acceptText: qsTr("Restore")
        onAccepted: {
            Backups.restoreBackup(flow.file)
            flow.finished()
            outcome.open()
        }
    }

    ThemedDialog {
        id: outcome
        objectName: "restoreOutcome"
        parent: Overlay.overlay
        readonly property bool failed: Backups.error.length > 0
        title: outcome.failed ? qsTr("Nothing was restored") : qsTr("Restored")
        body: outcome.failed ? Backups.error : Backups.message
        acceptText: !outcome.failed && Backups.canUndoRestore ? qsTr("Undo the restore") : ""
        property bool undone: false
        onAccepted: {
            Backups.undoRestore()
            flow.finished()
            outcome.undone = true
        }
        // What the undo did, in the same place, once the dialog has closed.
        onClosed: {
            if (outcome.undone) {
                outcome.undone = false
                outcome.open()
            }
        }
    }
}
