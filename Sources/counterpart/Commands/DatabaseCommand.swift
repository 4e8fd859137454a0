import ArgumentParser
import CounterpartStore
import Foundation

/// `counterpart db backup FILE`.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: L("データベースを管理します。", "Look after the database."),
        subcommands: [DatabaseBackupCommand.self, DatabaseCheckCommand.self, DatabaseCopyCommand.self]
    )
}

/// A consistent copy of the database, safe while others use it (SQLite's backup), checked
/// before it is put in place.
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: L(
            "使用中でもデータベースを矛盾なく複製し、複製を検査します（バックアップ）。",
            "Copy the database consistently, even while it is in use, and check the copy."),
        discussion: L(
            """
            複製は FILE の横に書き出して検査し（SQLite の整合性検査、全テーブルの行数の一致）、そのあとで FILE に移します。\
            所有者だけが読めます（モード 0600）。既にある FILE は --force のときだけ置き換えます。\
            存在しないデータベースを複製のために作ることはありません。
            """,
            """
            The copy is written beside FILE, checked (SQLite's integrity check, the same rows in every table) \
            and only then moved to FILE, readable by its owner only (mode 0600). An existing FILE is replaced \
            only with --force; a database that is not there is never created to be copied.
            """))

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(L("複製の書き出し先（新しいファイル）。", "Where to write the copy (a new file).")))
    var destination: String

    @Flag(help: ArgumentHelp(L("FILE が既にあれば置き換えます。", "Replace FILE if it exists.")))
    var force = false

    func run() throws {
        let outcome: RosterStore.BackupOutcome
        do {
            outcome = try database.open().backUp(to: destination, replacing: force)
        } catch let error as StoreError {
            throw error.reported()
        }
        let rows = outcome.rowCounts.values.reduce(0, +)
        FileHandleOutput.standardOutput.write(
            L(
                "\(database.shownName) を \(destination) に複製しました。\n"
                    + "検査済み: 複製は正常で、\(outcome.rowCounts.count) テーブルに同じ \(rows) 行があります。\n",
                "backed up \(database.shownName) to \(destination)\n"
                    + "checked: the copy is sound and holds the same \(rows) rows in \(outcome.rowCounts.count) tables\n"
            ))
    }
}

/// `counterpart db check`: SQLite's integrity check.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: L(
            "データベースファイルが壊れていないか検査します（SQLite の整合性検査）。",
            "Check that the database file is sound (SQLite's integrity check)."))

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let result: [String]
        do { result = try database.open().integrityCheck() } catch let error as StoreError { throw error.reported() }
        if result == ["ok"] {
            FileHandleOutput.standardOutput.write(L("正常です（ok）: 整合性検査と記録の連鎖に問題はありません。\n", "ok\n"))
            return
        }
        FileHandleOutput.standardOutput.write(
            // English prints SQLite's lines alone, as it always has.
            CommandLanguage.pick("問題が見つかりました（SQLite の報告、または記録の連鎖の切れ目）:\n", "")
                + result.joined(separator: "\n") + "\n")
        throw ExitStatus.badInput.exitCode
    }
}

/// `counterpart db copy --from A --to B`: a whole store from SQLite to PostgreSQL or back,
/// checked equal before it is kept.
struct DatabaseCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: L(
            "データベースをまるごと別のデータベースに複製します（SQLite ⇔ PostgreSQL）。",
            "Copy a whole database into another (SQLite to PostgreSQL and back)."),
        discussion: L(
            """
            名簿の全版、事案、記録、アカウント、通知をすべて複製し、確定する前に全テーブルの行が元と一致することを確かめます。\
            複製先は空でなければなりません（新しいファイル、または空の PostgreSQL データベース）。\
            失敗したときは複製先に何も残しません。
            例: counterpart db copy --from counterpart.sqlite --to postgres://counterpart@db1:5432/counterpart
            """,
            """
            Copies every roster revision, incident, the record, accounts and notifications, and checks before \
            keeping the copy that every table holds the same rows. The target must be empty (a new file, or an \
            empty PostgreSQL database); nothing is left in it when the copy fails.
            Example: counterpart db copy --from counterpart.sqlite --to postgres://counterpart@db1:5432/counterpart
            """))

    @Option(help: ArgumentHelp(L("複製元（ファイルまたは postgres://…）。", "The database to copy (a file or postgres://…).")))
    var from: String

    @Option(
        help: ArgumentHelp(
            L("複製先（新しいファイルまたは空の postgres://…）。", "Where to copy it (a new file or an empty postgres://…).")))
    var to: String

    func run() throws {
        let source = DatabaseOptions(path: from)
        let target = DatabaseOptions(path: to)
        let isNewFile = !target.isPostgres && !FileManager.default.fileExists(atPath: to)
        let outcome: RosterStore.CopyOutcome
        do {
            let store = try source.open()
            outcome = try store.copy(to: try target.open(mayCreate: true))
        } catch let error as StoreError {
            if isNewFile { Self.remove(to) }
            throw error.reported()
        } catch {
            if isNewFile { Self.remove(to) }
            throw error
        }
        let rows = outcome.rowCounts.values.reduce(0, +)
        FileHandleOutput.standardOutput.write(
            L(
                "\(source.shownName) を \(target.shownName) に複製しました。\n"
                    + "検査済み: \(outcome.rowCounts.count) テーブルの \(rows) 行がすべて元と一致します。\n",
                "copied \(source.shownName) to \(target.shownName)\n"
                    + "checked: all \(rows) rows of \(outcome.rowCounts.count) tables match the original\n"))
    }

    /// Removes a file this command created, with SQLite's companions.
    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
