import CounterpartCore

extension OperationsError {
    /// The sentence for people in Japanese, naming no front end (as ``message`` does in
    /// English).
    public var japaneseMessage: String {
        switch self {
        case .unknown(let id):
            return "\(id) は見つかりません。"
        case .notAnID(let text, let kinds):
            let examples = kinds.map { "\($0.rawValue)12" }.joined(separator: "、")
            return "「\(text)」は番号として読めません（\(examples) のように指定してください）。"
        case .incidentClosed(let id):
            return "災害 \(id) は終了しています。これ以上は追加できません。"
        case .invalid(let problems):
            return problems.map(\.japanese).joined(separator: "\n")
        case .requestCancelled(let id):
            return "応援要請 \(id) はすでに取り消されています。"
        case .illegalMove(let id, let current, let move):
            return
                "割当 \(id) は「\(current.japaneseLabel)」です。\(move.japaneseVerb)は「\(move.source.japaneseLabel)」の割当にだけできます。"
        case .conflict:
            return "ほかの操作が先に記録されました。何も変更していません。最新の状態を確認してください。"
        case .unknownMember(let member):
            return "メンバー「\(member)」は登録されている名簿にいません。"
        case .ambiguousMember(let name, let candidates):
            return "「\(name)」という名前のメンバーが\(candidates.count)人います。IDで指定してください: "
                + candidates.map { "\($0.id)（\($0.name)、\($0.role.japaneseLabel)、\($0.municipality)）" }
                .joined(separator: "、")
        case .notConcerned(let member, let item):
            return "\(item) はメンバー \(member) あてではありません。何も記録していません。"
        case .unknownGroup(let group):
            return "グループ「\(group)」は登録されている名簿にありません。"
        case .noRoster:
            return "名簿がまだ登録されていません。"
        case .heldPeopleBreakRules(let problems):
            return "名簿の変更により、確定済みの職員がそのままでは条件を満たさなくなりました:\n"
                + problems.joined(separator: "\n")
        case .peopleStillOut(let id, let people):
            return "災害 \(id) には確定済みまたは派遣中の職員が\(people.count)人います（"
                + people.map(\.description).joined(separator: "、") + "）。先に帰任を記録するか、強制して終了してください。"
        case .unavailable:
            return "データベースが今は使えません。しばらくしてからもう一度お試しください。"
        case .corrupt:
            return "記録の一部が読めません（データベースの破損のおそれ）。何も変更していません。"
        case .tooSoon(let item, let until):
            return "\(item) は10分以内に再通知済みです。\(until.japanTime) 以降にもう一度お試しください。"
        }
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String { language == .japanese ? japaneseMessage : message }
}
