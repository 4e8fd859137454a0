import CounterpartCore
import CounterpartOperations
import Hummingbird

/// The one place where the operations layer's refusals become the server's answers: a code,
/// a status and a Japanese sentence (the English one is the layer's own).
extension APIError {
    /// The answer to `error`.
    init(_ error: OperationsError) {
        let english = error.message
        switch error {
        case .unknown(let id):
            self = .notFound(id.description)
        case .notAnID(let text, _):
            self = .notFound("「\(text)」")
        case .incidentClosed(let id):
            self.init(
                .conflict, .conflict, japanese: "災害 \(id) は終了しています。これ以上は追加できません。", english: english)
        case .invalid(let problems):
            self = .invalid(problems.map(FieldProblem.init), status: .unprocessableContent)
        case .requestCancelled(let id):
            self.init(.conflict, .conflict, japanese: "要請 \(id) はすでに取り消されています。", english: english)
        case .illegalMove(let id, let current, let move):
            self.init(
                .conflict, .conflict,
                japanese: "割当 \(id) は「\(current.japaneseLabel)」です。この操作（\(move.japaneseVerb)）は"
                    + "「\(move.source.japaneseLabel)」の割当にだけできます。",
                english: english)
        case .conflict:
            self.init(
                .conflict, .conflict, japanese: "ほかの操作が先に記録されました。何も変更していません。最新の状態を確認してください。",
                english: english)
        case .unknownMember(let member):
            self.init(.notFound, .notFound, japanese: "メンバー「\(member)」は名簿にいません。", english: english)
        case .ambiguousMember(let name, let candidates):
            self = .invalid(
                [
                    FieldProblem(
                        field: "member",
                        japanese: "「\(name)」という名前のメンバーが\(candidates.count)人います。IDで指定してください: "
                            + candidates.map { "\($0.id)（\($0.name)）" }.joined(separator: "、"),
                        english: english)
                ], status: .unprocessableContent)
        case .notConcerned(_, let item):
            self.init(.forbidden, .forbidden, japanese: "\(item) はあなた宛てではありません。何も記録していません。", english: english)
        case .unknownGroup(let group):
            self = .invalid(
                [FieldProblem(field: "group", japanese: "グループ「\(group)」は名簿にありません。", english: english)],
                status: .unprocessableContent)
        case .noRoster:
            self.init(.conflict, .conflict, japanese: "名簿がまだ登録されていません。", english: english)
        case .heldPeopleBreakRules:
            self.init(
                .conflict, .conflict, japanese: "確定済みの職員が名簿の変更により条件を満たさなくなりました。何も変更していません。",
                english: english)
        case .peopleStillOut(let id, let people):
            self.init(
                .conflict, .conflict,
                japanese: "災害 \(id) には確定済みまたは派遣中の職員が\(people.count)人います。帰任を記録するか、"
                    + "強制終了（force）を指定してください。",
                english: english)
        case .unavailable, .corrupt:
            self = .unavailable
        }
    }
}

extension APIError.FieldProblem {
    /// A problem of the operations layer, worded in Japanese by its rule.
    init(_ problem: Problem) {
        let name = problem.field.map(FieldNames.japanese) ?? "入力"
        let japanese: String
        switch problem.rule {
        case "required": japanese = "「\(name)」を入力してください。"
        case "duplicate": japanese = "「\(name)」に同じものが重なっています。"
        case "at-least-one": japanese = "「\(name)」は1以上にしてください。"
        case "at-most": japanese = "「\(name)」が多すぎます。"
        case "range": japanese = "「\(name)」が範囲外です。"
        case "before-start": japanese = "「\(name)」が災害の開始日より前です。"
        case "too-long": japanese = "期間が長すぎます（「\(name)」を見直してください）。"
        case "not-affected": japanese = "この市町は被災市町に含まれていません。"
        case "held-people": japanese = "確定済み・派遣中の職員がいるため、この変更はできません（「\(name)」）。"
        case "rejected": japanese = "招待コードが違うか、使用済みか、期限切れです。"
        case "rules": japanese = "交代の職員はこの期間の派遣条件を満たしていません。"
        case "same-person": japanese = "交代の職員が元の職員と同じです。"
        case "unknown": japanese = "「\(name)」が見つかりません。"
        case "planning": japanese = "計画を作れませんでした。"
        case "stored-roster": japanese = "登録されている名簿に問題があります。"
        case "stored-rule": japanese = "登録されている計画ルールに問題があります。"
        default: japanese = "「\(name)」が正しくありません。"
        }
        self.init(field: problem.field, japanese: japanese, english: problem.message)
    }
}

extension AssignmentMove {
    /// The move as a Japanese verb.
    var japaneseVerb: String {
        switch self {
        case .confirm: return "承諾"
        case .decline: return "辞退"
        case .dispatched: return "派遣開始"
        case .returned: return "帰任"
        }
    }
}

/// The Japanese names of the fields of the API's bodies.
enum FieldNames {
    static func japanese(_ field: String) -> String {
        switch field {
        case "municipality": return "市町"
        case "category": return "業務区分"
        case "headcount": return "人数"
        case "from": return "開始日"
        case "to": return "終了日"
        case "priority": return "優先度"
        case "note": return "備考"
        case "name": return "名称"
        case "start": return "開始日"
        case "rotationDays": return "交代周期（日）"
        case "affected", "codes": return "被災市町"
        case "drill": return "訓練"
        case "reason": return "理由"
        case "staff": return "職員"
        case "title": return "件名"
        case "body": return "本文"
        case "group": return "グループ"
        case "incident": return "災害"
        case "items": return "確認する項目"
        case "member": return "メンバーID"
        case "code": return "招待コード"
        case "password": return "パスワード"
        case "answers": return "回答"
        case "action": return "操作"
        case "assignment": return "割当"
        case "expectedState": return "想定する状態"
        case "force": return "強制"
        case "label": return "ラベル"
        case "version": return "計画版"
        case "validHours": return "有効時間"
        default: return field
        }
    }
}
