import CounterpartCore

extension StoreError {
    /// ``description`` in Japanese: what is wrong with which file, and that nothing changed.
    public var japaneseDescription: String {
        switch self {
        case .notACounterpartDatabase(let path):
            return "\(path): Counterpart のデータベースではありません。\(Self.untouched(path))には手を付けていません。"
        case .newerSchema(let path):
            return
                "\(path): より新しい版の Counterpart が書いたデータベースです。\(Self.untouched(path))には手を付けていません（Counterpart を更新してください）。"
        case .cannotOpen(let path, let reason):
            return "\(path): データベースを開けません: \(reason)"
        case .noDatabase(let path):
            return "\(path): データベースがありません。何も作っていません。"
        case .damaged(let path, let reason):
            return "\(path): データベースファイルが壊れています（\(reason)）。ファイルには手を付けていません。"
        case .backupTargetExists(let path):
            return "\(path) は既にあります。バックアップで置き換えてはいません。"
        case .backupOntoItself(let path):
            return "\(path) はデータベースそのものです。複製で元のファイルを置き換えることはできません。"
        case .backupNotVerified(let path, let reason):
            return "\(path) への複製がデータベースと一致しません（\(reason)）。複製は削除し、\(path) は元のままです。"
        case .invalidResult(let problems, _):
            return "取り込むと名簿が正しくなくなります: " + problems.map(\.japanese).joined(separator: "／")
        case .otherPrefecture(let file, let stored, let found):
            return "\(file): このファイルは県 \(found) のものですが、記録されている名簿は県 \(stored) のものです。"
        case .earlierEffective(let file, let found, let stored, let list):
            let what =
                list.map { "記録されている \($0) の名簿（\(stored.japaneseLong)から適用）" } ?? "記録されている名簿（\(stored.japaneseLong)から適用）"
            return "\(file): このファイルの適用開始日 \(found.japaneseLong) は\(what)より前です。取り込んでいません。"
        case .unreachable(let path, let detail):
            return "\(path): 書き込みを受け付ける PostgreSQL サーバーに接続できません（\(detail)）。サーバーが動いているか、アドレスと利用者名を確かめてください。"
        case .targetNotEmpty(let path):
            return "\(path) には既にデータがあります。複製先は空のデータベースに限ります（何も変えていません）。"
        case .copyNotVerified(let path, let reason):
            return "\(path) への複製が元と一致しません（\(reason)）。何も残していません。"
        case .notAFile(let path):
            return "\(path) は PostgreSQL のデータベースで、ファイルではありません。ファイルへの複製は 'counterpart db copy' か pg_dump で行います。"
        case .unknownRevision(let number):
            return "第\(number)版はありません。"
        case .database(let message):
            return "データベースのエラー: \(message)"
        }
    }

    /// What was left untouched: a file, or a PostgreSQL database.
    private static func untouched(_ path: String) -> String {
        PostgresAddress.isAddress(path) ? "データベース" : "ファイル"
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String {
        language == .japanese ? japaneseDescription : description
    }
}
