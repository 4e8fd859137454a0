/// A 6-digit local government code (全国地方公共団体コード): five digits and a check digit.
///
/// A value of this type always carries a correct check digit: the initialisers refuse
/// anything else. `380008` (愛媛県) and `382019` (松山市) are valid.
public struct LocalGovernmentCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The six digits as a number (leading zeros are kept by ``description``).
    public let value: Int32

    /// Why a text is not a local government code.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not exactly six ASCII digits.
        case notSixDigits(String)
        /// Six digits whose last one is not the check digit of the first five.
        case wrongCheckDigit(String, expected: Int)

        public var description: String {
            switch self {
            case .notSixDigits(let text):
                return "'\(text)' is not a local government code: it must be 6 digits"
            case .wrongCheckDigit(let text, let expected):
                return "'\(text)' is not a valid local government code: its check digit should be \(expected)"
            }
        }

        /// The same sentence in Japanese.
        public var japaneseDescription: String {
            switch self {
            case .notSixDigits(let text):
                return "「\(text)」は団体コードではありません。団体コードは半角数字6桁です（例: 382019）。"
            case .wrongCheckDigit(let text, let expected):
                return "「\(text)」は正しい団体コードではありません。最後の桁（検査数字）は \(expected) のはずです。打ち間違いがないか確かめてください。"
            }
        }
    }

    /// Parses six digits and checks the check digit.
    /// - Throws: ``ParseError`` when the text is not six digits or the check digit is wrong.
    public init(_ text: String) throws(ParseError) {
        var text = text
        let parsed = text.withUTF8 { LocalGovernmentCode.parse(UnsafeRawBufferPointer($0)) }
        switch parsed {
        case .success(let code): self = code
        case .failure(let error): throw error
        }
    }

    /// Parses six ASCII digits from UTF-8 bytes, checking the check digit, without building a string.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<LocalGovernmentCode, ParseError> {
        let text = { String(decoding: bytes, as: UTF8.self) }
        guard bytes.count == 6 else { return .failure(.notSixDigits(text())) }
        var number = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return .failure(.notSixDigits(text())) }
            number = number * 10 + Int(byte - 48)
        }
        let expected = checkDigit(ofPrefix: number / 10)
        guard number % 10 == expected else { return .failure(.wrongCheckDigit(text(), expected: expected)) }
        return .success(LocalGovernmentCode(validatedValue: Int32(number)))
    }

    private init(validatedValue: Int32) {
        value = validatedValue
    }

    /// Builds the code whose first five digits are `prefix` (0...99999), adding its check digit.
    public init(prefix: Int) {
        precondition((0...99_999).contains(prefix), "a code prefix has five digits")
        value = Int32(prefix * 10 + LocalGovernmentCode.checkDigit(ofPrefix: prefix))
    }

    /// The check digit of a five-digit prefix: weights 6, 5, 4, 3, 2 from the left,
    /// 11 − (sum mod 11), written as its last digit.
    public static func checkDigit(ofPrefix prefix: Int) -> Int {
        var rest = prefix
        var sum = 0
        for weight in 2...6 {
            sum += (rest % 10) * weight
            rest /= 10
        }
        return (11 - sum % 11) % 10
    }

    /// The six digits, with leading zeros.
    public var description: String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }

    public static func < (lhs: LocalGovernmentCode, rhs: LocalGovernmentCode) -> Bool {
        lhs.value < rhs.value
    }
}
