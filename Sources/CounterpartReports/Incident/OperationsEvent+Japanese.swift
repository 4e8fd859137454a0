import CounterpartCore
import CounterpartOperations
import Foundation

extension OperationsEvent {
    /// What happened, in Japanese, from the event's kind and the figures and states its
    /// recorded sentence holds (the record keeps that sentence, in English, as it was
    /// written). Events of no streamed kind (accounts, unavailability) are read from their
    /// sentence; one of a form this does not know is shown as recorded.
    public var japaneseText: String {
        guard let kind else { return Self.unstreamedJapanese(text) ?? text }
        switch kind {
        case .incidentOpened: return "災害を開設しました"
        case .incidentChanged:
            return "被災市町を追加しました" + Self.after("affected added: ", in: text).map { "（\($0)）" }.orEmpty
        case .incidentClosed: return "災害を終了しました"
        case .requestFiled: return "応援要請を登録しました"
        case .requestChanged: return "応援要請を変更しました"
        case .requestCancelled: return "応援要請を取り消しました"
        case .planStored:
            guard
                let figures = Self.numbers(
                    #"(\d+) newly proposed, (\d+) no longer needed, (\d+) short"#, in: text)
            else { return "計画版を記録しました" }
            return "計画版を記録しました（新規提案 \(figures[0])人、取下げ \(figures[1])人、不足 \(figures[2])人）"
        case .assignmentAnswered:
            guard let states = Self.states(in: text) else { return "割当への回答を記録しました" }
            if text.hasPrefix("corrected: ") {
                let reason = Self.groups(#"\((.*)\)$"#, in: text).first.map { "（\($0)）" }.orEmpty
                return "割当の状態を訂正しました: \(states.0.japaneseLabel) → \(states.1.japaneseLabel)\(reason)"
            }
            return "割当の状態: \(states.0.japaneseLabel) → \(states.1.japaneseLabel)"
        case .ackRecorded:
            return Self.after("acknowledged by ", in: text).map { "\($0) の確認（既読）を記録しました" }
                ?? "確認（既読）を記録しました"
        case .noticePosted: return "掲示を出しました"
        case .rosterImported: return "名簿を取り込みました"
        }
    }

    /// The Japanese of the sentences recorded without a kind: accounts and unavailability.
    static func unstreamedJapanese(_ text: String) -> String? {
        switch text {
        case "signed in": return "ログインしました"
        case "enrolment code used": return "招待コードが使われました"
        case "password set": return "パスワードを設定しました"
        default: break
        }
        if let label = after("access token issued: ", in: text) { return "トークンを発行しました（\(label)）" }
        if let figures = numbers(#"^access revoked: (\d+) tokens, (\d+) sessions, (\d+) codes ended$"#, in: text) {
            return "アクセスを止めました（トークン \(figures[0])件、ログイン \(figures[1])件、招待コード \(figures[2])件）"
        }
        if let until = groups(
            #"^invited to enrol, code valid until (\S+?)(; the earlier code no longer works)?$"#, in: text
        )
        .first {
            let earlier = text.hasSuffix("no longer works") ? "。以前のコードは無効になりました" : ""
            return "招待コードを発行しました（有効期限 \(until)）\(earlier)"
        }
        if let staff = groups(#"^lifted: (\S+) available again$"#, in: text).first {
            return "派遣不可を解除しました（\(staff)）"
        }
        let marked = groups(#"^(\S+) unavailable (\S+): (.*)$"#, in: text)
        if marked.count == 3 { return "派遣不可にしました（\(marked[0])、\(marked[1])、\(marked[2])）" }
        return nil
    }

    /// The texts the groups of `pattern` match in `text`; empty when it does not match.
    private static func groups(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return [] }
        return (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The rest of `text` after `prefix`, when it starts with it.
    private static func after(_ prefix: String, in text: String) -> String? {
        text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
    }

    /// The whole numbers the groups of `pattern` match in `text`.
    private static func numbers(_ pattern: String, in text: String) -> [Int]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: text).flatMap { Int(text[$0]) }
        }
    }

    /// The states of `… proposed → confirmed …`.
    private static func states(in text: String) -> (AssignmentState, AssignmentState)? {
        guard let regex = try? NSRegularExpression(pattern: #"([a-z]+) → ([a-z]+)"#),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let from = Range(match.range(at: 1), in: text).flatMap({ AssignmentState(rawValue: String(text[$0])) }),
            let to = Range(match.range(at: 2), in: text).flatMap({ AssignmentState(rawValue: String(text[$0])) })
        else { return nil }
        return (from, to)
    }
}

extension Optional where Wrapped == String {
    /// The text, or nothing.
    fileprivate var orEmpty: String { self ?? "" }
}
