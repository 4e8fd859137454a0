import ArgumentParser
import CounterpartStore
import Foundation

/// `--db PATH`, else `COUNTERPART_DB`, else `counterpart.sqlite` in the current folder.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            L(
                "データベースファイル、または PostgreSQL の postgres://利用者@ホスト:ポート/データベース名"
                    + "（省略時: $COUNTERPART_DB、なければ ./counterpart.sqlite）。",
                "The database file, or PostgreSQL as postgres://USER@HOST:PORT/DATABASE "
                    + "(default: $COUNTERPART_DB, else ./counterpart.sqlite).")))
    var path: String?

    /// The value of `COUNTERPART_DB`, when it is set and not empty.
    private var environmentPath: String? {
        ProcessInfo.processInfo.environment["COUNTERPART_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var resolvedPath: String { path ?? environmentPath ?? "counterpart.sqlite" }

    init() {}

    /// The options naming `path` (a file or `postgres://…`), as `--db` would.
    init(path: String) {
        self.path = path
    }

    /// Whether the database is PostgreSQL (`postgres://…`) rather than a file.
    var isPostgres: Bool { PostgresAddress.isAddress(resolvedPath) }

    /// The database as messages name it: the file, or the PostgreSQL address without its password.
    var shownName: String {
        guard isPostgres else { return resolvedPath }
        return PostgresAddress(resolvedPath).map(\.description) ?? "postgres://…"
    }

    /// Where the path came from, for a person wondering why that file.
    private var origin: String {
        if path != nil { return L("--db で指定", "given with --db") }
        if environmentPath != nil { return L("COUNTERPART_DB から", "from COUNTERPART_DB") }
        return L("既定値: 現在のフォルダの counterpart.sqlite", "the default, counterpart.sqlite in the current folder")
    }

    /// Opens the store, printing the error and exiting 1 when it cannot be used. Only a
    /// command that brings a roster (`roster import`) passes `mayCreate`: every other one
    /// refuses a database that is not there instead of starting an empty one.
    /// A server passes `readsBesideWrites`: its reads run beside its writes.
    func open(mayCreate: Bool = false, readsBesideWrites: Bool = false) throws -> RosterStore {
        do {
            if isPostgres {
                return try RosterStore(
                    postgres: resolvedPath, password: ProcessInfo.processInfo.environment["PGPASSWORD"],
                    mayCreate: mayCreate)
            }
            return try RosterStore(path: resolvedPath, readsBesideWrites: readsBesideWrites, mayCreate: mayCreate)
        } catch .noDatabase where isPostgres {
            FileHandleOutput.standardError.write(
                L(
                    "\(shownName) は空のデータベースです（\(origin)）。何も作っていません。"
                        + "新しく始めるには 'counterpart roster import ROSTER.xml' か 'counterpart db copy' を実行します。\n",
                    "\(shownName) is an empty database (\(origin)); nothing was created. "
                        + "'counterpart roster import ROSTER.xml' or 'counterpart db copy' starts it.\n"))
            throw ExitStatus.badInput.exitCode
        } catch .noDatabase {
            let absolute = URL(fileURLWithPath: resolvedPath).standardizedFileURL.path
            FileHandleOutput.standardError.write(
                L(
                    "\(absolute) にデータベースがありません（\(origin)）。何も作っていません。\n"
                        + "--db ファイル または COUNTERPART_DB=ファイル でデータベースを指定してください。"
                        + "新しく始めるには 'counterpart roster import ROSTER.xml' を実行します。\n",
                    "no database at \(absolute) (\(origin)); nothing was created.\n"
                        + "Choose the database with --db FILE or COUNTERPART_DB=FILE; "
                        + "'counterpart roster import ROSTER.xml' starts a new one.\n"))
            throw ExitStatus.badInput.exitCode
        } catch {
            throw error.reported()
        }
    }
}

extension StoreError {
    /// The sentence printed on standard error: the store's words plus the flags and
    /// commands that help.
    var commandLineSentence: String {
        let sentence = message(in: CommandLanguage.current)
        switch self {
        case .notACounterpartDatabase(let path) where PostgresAddress.isAddress(path):
            return sentence
                + L(
                    "（空のデータベースか Counterpart のデータベースを --db か COUNTERPART_DB で指定してください）",
                    " (choose an empty or Counterpart database with --db or COUNTERPART_DB)")
        case .notACounterpartDatabase:
            return sentence
                + L("（別のファイルを --db か COUNTERPART_DB で指定してください）", " (choose another file with --db or COUNTERPART_DB)")
        case .damaged:
            return sentence
                + L(
                    "バックアップから戻すか、別のファイルを --db か COUNTERPART_DB で指定してください。",
                    "; restore a backup, or choose another file with --db or COUNTERPART_DB")
        case .unknownRevision:
            return sentence
                + L("版の一覧は 'counterpart roster history' で見られます。", "; 'counterpart roster history' lists them")
        case .backupTargetExists:
            return sentence + L("（置き換えるには --force を付けます）", " (add --force to replace it)")
        case .earlierEffective:
            return sentence + L("（それでも取り込むには --force を付けます）", " (add --force to import it anyway)")
        default: return sentence
        }
    }

    /// Prints the error and gives the bad-input exit code to throw.
    func reported() -> ExitCode {
        FileHandleOutput.standardError.write(commandLineSentence + "\n")
        return ExitStatus.badInput.exitCode
    }
}
