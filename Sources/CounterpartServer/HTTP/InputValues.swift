import CounterpartCore
import CounterpartOperations

/// Values people type, as the API takes them: tokens or their Japanese labels, codes or
/// names, `YYYY-MM-DD` days; each refused with a sentence naming its field.
enum InputValues {
    /// A municipality by its code (`382035`) or its name (`宇和島市`).
    static func municipality(_ text: String, field: String, in roster: Roster) throws(APIError)
        -> LocalGovernmentCode
    {
        if let code = roster.municipalityCode(codeOrName: text) { return code }
        let given = text.trimmingSpaces
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
        try vocabulary(text, field: field, japaneseName: "業務区分")
    }

    /// A priority by token (`critical`) or label (`緊急`).
    static func priority(_ text: String, field: String = "priority") throws(APIError) -> Priority {
        try vocabulary(text, field: field, japaneseName: "優先度")
    }

    /// An assignment state by token (`proposed`) or label (`提案`).
    static func state(_ text: String, field: String) throws(APIError) -> AssignmentState {
        try vocabulary(text, field: field, japaneseName: "状態")
    }

    /// A word of the vocabulary by token or Japanese label; refused with everything allowed.
    static func vocabulary<Word: TypedVocabulary>(_ text: String, field: String, japaneseName: String)
        throws(APIError) -> Word
    {
        if let found = Word(tokenOrLabel: text) { return found }
        let given = text.trimmingSpaces
        throw APIError.invalid(
            [
                .init(
                    field: field,
                    japanese: "\(japaneseName)「\(given)」はありません。使えるのは \(Word.allowedJapanese) です。",
                    english: "\(field): '\(given)' is not one of \(Word.allowedTokens).")
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
