import CounterpartCore

extension Problem {
    /// The sentence in Japanese, by the rule broken and the field it names.
    public var japanese: String {
        if let japaneseMessage { return japaneseMessage }
        let name = field.map(FieldNames.japanese) ?? "入力"
        let japanese: String
        switch rule {
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
        return japanese
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String { language == .japanese ? japanese : message }
}

extension AssignmentMove {
    /// The move as a Japanese verb.
    public var japaneseVerb: String {
        switch self {
        case .confirm: return "承諾"
        case .decline: return "辞退"
        case .dispatched: return "派遣開始"
        case .returned: return "帰任"
        }
    }
}

/// The Japanese names of the fields of the API's bodies.
public enum FieldNames {
    /// The Japanese name of `field` (`headcount` → 人数); the field itself when it has none.
    public static func japanese(_ field: String) -> String {
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
