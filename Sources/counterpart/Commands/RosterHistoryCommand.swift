import ArgumentParser
import CounterpartStore

/// `counterpart roster history`.
struct RosterHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: L(
            "すべての版を一覧にします: 番号、日時、利用者、ファイルとその SHA-256、変更の件数。",
            "List every revision: number, time, user, files with their SHA-256, and counts of what changed.")
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let revisions: [Revision]
        do { revisions = try database.open().revisions() } catch let error as StoreError { throw error.reported() }
        if revisions.isEmpty { FileHandleOutput.standardOutput.write("no revisions yet\n") }
        for revision in revisions {
            FileHandleOutput.standardOutput.write(
                "revision \(revision.number)  \(revision.createdAt)  \(revision.user)  \(revision.added) added, \(revision.removed) removed, \(revision.changed) changed\n"
            )
            for file in revision.files {
                FileHandleOutput.standardOutput.write("  \(file.path)  (\(file.scope))  sha256 \(file.sha256)\n")
            }
        }
    }
}
