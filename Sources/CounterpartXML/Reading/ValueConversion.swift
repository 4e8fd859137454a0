import CounterpartCore

/// Typed conversion of attribute values that records a problem for each value that
/// does not convert, at the element, in English and Japanese. A missing required
/// attribute needs no message here: the schema, which every file passes through, reports it.
struct ValueConversion {
    var problems = ElementProblems()
    /// The local name of the element being read, for the Japanese sentences
    /// (``JapaneseNames``); the builder sets it at each start tag.
    var elementName: String?

    /// `要請の開始日 from="2026-11-31"`.
    private func named(_ attribute: StaticString, _ value: String) -> String {
        JapaneseNames.attributeValue(element: elementName, attribute: "\(attribute)", value: value)
    }

    mutating func code(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> LocalGovernmentCode? {
        switch AttributeText.code(value) {
        case .success(let code): return code
        case .failure(let error):
            let japanese: String
            switch error {
            case .notSixDigits:
                japanese =
                    "\(named(attribute, AttributeText.string(value))) は団体コードではありません。団体コードは半角数字6桁です（例: 382019）。"
            case .wrongCheckDigit(_, let expected):
                japanese =
                    "\(named(attribute, AttributeText.string(value))) は正しい団体コードではありません。最後の桁（検査数字）は \(expected) のはずです。打ち間違いがないか確かめてください。"
            }
            if case .wrongCheckDigit = error {
                problems.add(element: element, "\(attribute): \(error)", japanese: japanese)
            } else {
                problems.addSchemaChecked(element: element, "\(attribute): \(error)", japanese: japanese)
            }
            return nil
        }
    }

    mutating func day(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> CalendarDay? {
        switch AttributeText.day(value) {
        case .success(let day): return day
        case .failure(let error):
            let written = named(attribute, AttributeText.string(value))
            let japanese: String
            switch error {
            case .malformed: japanese = "\(written) は日付ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。"
            case .noSuchDay: japanese = "\(written) という日はありません（暦にない日付です）。"
            }
            if case .noSuchDay = error {
                problems.add(element: element, "\(attribute): \(error)", japanese: japanese)
            } else {
                problems.addSchemaChecked(element: element, "\(attribute): \(error)", japanese: japanese)
            }
            return nil
        }
    }

    mutating func integer(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int, minimum: Int) -> Int?
    {
        guard let number = AttributeText.integer(value), number >= minimum, number <= Int(Int32.max) else {
            let text = AttributeText.string(value)
            problems.addSchemaChecked(
                element: element,
                "\(attribute): '\(text)' is not a whole number from \(minimum) to \(Int32.max)",
                japanese: "\(named(attribute, text)) は \(minimum) から \(Int32.max) までの整数で書いてください。")
            return nil
        }
        return number
    }

    mutating func token<Token: RawRepresentable>(
        _ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int, as type: Token.Type
    ) -> Token? where Token.RawValue == String {
        let text = AttributeText.string(value)
        guard let token = Token(rawValue: text) else {
            let allowed = JapaneseNames.allowedList(
                JapaneseNames.tokens(of: "\(attribute)").map(\.token), attribute: "\(attribute)")
            problems.addSchemaChecked(
                element: element, "\(attribute): '\(text)' is not one of the allowed values",
                japanese: "\(named(attribute, text)) は使えません。使えるのは \(allowed) です。")
            return nil
        }
        return token
    }

    mutating func text(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> String? {
        let text = AttributeText.string(value)
        guard !text.isEmpty else {
            problems.addSchemaChecked(
                element: element, "\(attribute) is empty",
                japanese:
                    "\(JapaneseNames.attributeName(element: elementName, attribute: "\(attribute)")) が空です。1文字以上書いてください。"
            )
            return nil
        }
        return text
    }

    mutating func range(from: CalendarDay?, to: CalendarDay?, element: Int) -> DayRange? {
        guard let from, let to else { return nil }
        do {
            return try DayRange(from: from, to: to)
        } catch {
            let owner = elementName.map { "\(JapaneseNames.element($0))の" } ?? ""
            problems.add(element: element, "\(error)", japanese: owner + error.japaneseDescription)
            return nil
        }
    }
}

extension ValueConversion {
    /// A non-negative decimal with at most two significant fraction digits, in hundredths
    /// (`6.5` gives 650), up to `maximum` hundredths.
    mutating func hundredths(
        _ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int, maximum: Int = 1_000_000
    ) -> Int? {
        let text = AttributeText.string(value)
        guard let hundredths = AttributeText.hundredths(text), hundredths <= maximum else {
            problems.addSchemaChecked(
                element: element,
                "\(attribute): '\(text)' is not a decimal from 0 to \(maximum / 100) with at most two decimals",
                japanese: "\(named(attribute, text)) は 0 から \(maximum / 100) までの、小数点以下2桁までの数で書いてください。")
            return nil
        }
        return hundredths
    }
}
extension AttributeText {
    /// `text` (an `xs:decimal` ≥ 0 with at most two significant fraction digits) in
    /// hundredths, exactly; `nil` for anything else.
    static func hundredths(_ text: String) -> Int? {
        var body = Substring(text.trimmingXMLWhitespace())
        if body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let isDigits = { (part: Substring) in part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard !(whole.isEmpty && fraction.isEmpty), isDigits(whole), isDigits(fraction), whole.count <= 12,
            fraction.dropFirst(2).allSatisfy({ $0 == "0" })
        else { return nil }
        let cents = (fraction + "00").prefix(2)
        return (Int(whole) ?? 0) * 100 + Int(cents)!
    }
}
