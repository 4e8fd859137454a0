import CounterpartCore
import CounterpartOperations

/// Values people type, as the API takes them: tokens or their Japanese labels, codes or
/// names, `YYYY-MM-DD` days; each refused with a sentence naming its field.
enum InputValues {
    /// A municipality by its code (`382035`) or its name (`宇和島市`).
    static func municipality(_ text: String, field: String, in roster: Roster) throws(APIError)
        -> LocalGovernmentCode
    {
        let given = text.trimmingSpaces
        if let code = try? LocalGovernmentCode(given), roster.municipality(code) != nil || code == roster.prefecture {
            return code
        }
        if let found = roster.municipalities.first(where: { $0.name == given }) { return found.code }
        throw APIError.invalid(
            [
                .init(
                    field: field,
                    japanese: "「\(FieldNames.japanese(field))」の「\(given)」は名簿にない市町です（6桁のコードか市町名で指定してください）。",
                    english:
                        "\(field): '\(given)' is not a municipality of the roster (give its 6-digit code or its name).")
            ], status: .unprocessableContent)
    }

    /// A job category by token (`water`) or label (`給水`).
    static func category(_ text: String, field: String = "category") throws(APIError) -> JobCategory {
        let given = text.trimmingSpaces
        if let found = JobCategory(rawValue: given) ?? JobCategory.allCases.first(where: { $0.japaneseLabel == given })
        {
            return found
        }
        let allowed = JobCategory.allCases.map { "\($0.japaneseLabel)（\($0.rawValue)）" }.joined(separator: "、")
        throw APIError.invalid(
            [
                .init(
                    field: field, japanese: "業務区分「\(given)」はありません。使えるのは \(allowed) です。",
                    english: "category '\(given)' is not one of "
                        + JobCategory.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            ], status: .unprocessableContent)
    }

    /// A priority by token (`critical`) or label (`緊急`).
    static func priority(_ text: String, field: String = "priority") throws(APIError) -> Priority {
        let given = text.trimmingSpaces
        if let found = Priority(rawValue: given) ?? Priority.allCases.first(where: { $0.japaneseLabel == given }) {
            return found
        }
        let allowed = Priority.allCases.map { "\($0.japaneseLabel)（\($0.rawValue)）" }.joined(separator: "、")
        throw APIError.invalid(
            [
                .init(
                    field: field, japanese: "優先度「\(given)」はありません。使えるのは \(allowed) です。",
                    english: "priority '\(given)' is not one of critical, high, normal.")
            ], status: .unprocessableContent)
    }

    /// An assignment state by token (`proposed`) or label (`提案`).
    static func state(_ text: String, field: String) throws(APIError) -> AssignmentState {
        let given = text.trimmingSpaces
        if let found = AssignmentState(rawValue: given)
            ?? AssignmentState.allCases.first(where: { $0.japaneseLabel == given })
        {
            return found
        }
        let allowed = AssignmentState.allCases.map { "\($0.japaneseLabel)（\($0.rawValue)）" }.joined(separator: "、")
        throw APIError.invalid(
            [
                .init(
                    field: field, japanese: "状態「\(given)」はありません。使えるのは \(allowed) です。",
                    english: "\(field): '\(given)' is not one of "
                        + AssignmentState.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            ], status: .unprocessableContent)
    }

    /// A day written `YYYY-MM-DD`.
    static func day(_ text: String, field: String) throws(APIError) -> CalendarDay {
        do {
            return try CalendarDay(text.trimmingSpaces)
        } catch {
            throw APIError.invalid(
                [
                    .init(
                        field: field,
                        japanese: "「\(FieldNames.japanese(field))」は 2027-01-18 のように年-月-日で書いてください（「\(text)」）。",
                        english: "\(field): '\(text)' is not a day written YYYY-MM-DD.")
                ], status: .unprocessableContent)
        }
    }

    /// Days from `from` to `to`, inclusive.
    static func days(from: CalendarDay, to: CalendarDay) throws(APIError) -> DayRange {
        do {
            return try DayRange(from: from, to: to)
        } catch {
            throw APIError.invalid(
                [
                    .init(
                        field: "to", japanese: "終了日が開始日より前です。",
                        english: "to: the last day comes before the first.")
                ], status: .unprocessableContent)
        }
    }

    /// A record id of a path or a body (`R12`); 404 for one that is not (as for one that does
    /// not exist), or 422 in a body.
    static func id<Record: NumberedRecord>(_ text: String, as type: Record.Type, field: String? = nil) throws(APIError)
        -> RecordNumber<Record>
    {
        if let id = RecordNumber<Record>(text) { return id }
        guard let field else { throw APIError.notFound("「\(text)」") }
        throw APIError.invalid(
            [
                .init(
                    field: field, japanese: "「\(text)」は \(Record.recordKind.rawValue)12 のような番号ではありません。",
                    english: "\(field): '\(text)' is not an id like \(Record.recordKind.rawValue)12.")
            ], status: .unprocessableContent)
    }
}
