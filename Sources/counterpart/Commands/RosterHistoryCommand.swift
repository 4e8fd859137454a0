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
        if revisions.isEmpty { FileHandleOutput.standardOutput.write(L("まだ版はありません\n", "no revisions yet\n")) }
        for revision in revisions {
            FileHandleOutput.standardOutput.write(
                L(
                    "第\(revision.number)版  \(revision.createdAt)  \(revision.user)  追加 \(revision.added)、削除 \(revision.removed)、変更 \(revision.changed)\n",
                    "revision \(revision.number)  \(revision.createdAt)  \(revision.user)  \(revision.added) added, \(revision.removed) removed, \(revision.changed) changed\n"
                ))
            for file in revision.files {
                let scope = CommandLanguage.pick(file.scope == "full" ? "全体" : "市町単位", file.scope)
                FileHandleOutput.standardOutput.write("  \(file.path)  (\(scope))  sha256 \(file.sha256)\n")
            }
        }
    }
}
