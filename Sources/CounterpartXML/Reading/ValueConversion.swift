import CounterpartCore

/// Typed conversion of attribute values that records a problem for each value that
/// does not convert, at the element. A missing required attribute needs no
/// message here: the schema, which every file passes through, reports it.
struct ValueConversion {
    var problems = ElementProblems()

    mutating func code(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> LocalGovernmentCode? {
        switch AttributeText.code(value) {
        case .success(let code): return code
        case .failure(let error):
            if case .wrongCheckDigit = error {
                problems.add(element: element, "\(attribute): \(error)")
            } else {
                problems.addSchemaChecked(element: element, "\(attribute): \(error)")
            }
            return nil
        }
    }

    mutating func day(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> CalendarDay? {
        switch AttributeText.day(value) {
        case .success(let day): return day
        case .failure(let error):
            if case .noSuchDay = error {
                problems.add(element: element, "\(attribute): \(error)")
            } else {
                problems.addSchemaChecked(element: element, "\(attribute): \(error)")
            }
            return nil
        }
    }

    mutating func integer(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int, minimum: Int) -> Int?
    {
        guard let number = AttributeText.integer(value), number >= minimum, number <= Int(Int32.max) else {
            problems.addSchemaChecked(
                element: element,
                "\(attribute): '\(AttributeText.string(value))' is not a whole number from \(minimum) to \(Int32.max)")
            return nil
        }
        return number
    }

    mutating func token<Token: RawRepresentable>(
        _ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int, as type: Token.Type
    ) -> Token? where Token.RawValue == String {
        let text = AttributeText.string(value)
        guard let token = Token(rawValue: text) else {
            problems.addSchemaChecked(element: element, "\(attribute): '\(text)' is not one of the allowed values")
            return nil
        }
        return token
    }

    mutating func text(_ value: UnsafePointer<UInt8>, _ attribute: StaticString, element: Int) -> String? {
        let text = AttributeText.string(value)
        guard !text.isEmpty else {
            problems.addSchemaChecked(element: element, "\(attribute) is empty")
            return nil
        }
        return text
    }

    mutating func range(from: CalendarDay?, to: CalendarDay?, element: Int) -> DayRange? {
        guard let from, let to else { return nil }
        do {
            return try DayRange(from: from, to: to)
        } catch {
            problems.add(element: element, "\(error)")
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
                "\(attribute): '\(text)' is not a decimal from 0 to \(maximum / 100) with at most two decimals")
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
