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
    }

    /// Parses six digits and checks the check digit.
    /// - Throws: ``ParseError`` when the text is not six digits or the check digit is wrong.
    public init(_ text: String) throws(ParseError) {
        let digits = Array(text.utf8)
        guard digits.count == 6, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .notSixDigits(text)
        }
        let numbers = digits.map { Int($0) - 48 }
        let expected = LocalGovernmentCode.checkDigit(ofFirstFive: numbers[0..<5])
        guard numbers[5] == expected else {
            throw .wrongCheckDigit(text, expected: expected)
        }
        value = Int32(numbers.reduce(0) { $0 * 10 + $1 })
    }

    /// Builds the code whose first five digits are `prefix` (0...99999), adding its check digit.
    public init(prefix: Int) {
        precondition((0...99_999).contains(prefix), "a code prefix has five digits")
        var digits: [Int] = []
        var rest = prefix
        for _ in 0..<5 {
            digits.insert(rest % 10, at: 0)
            rest /= 10
        }
        let check = LocalGovernmentCode.checkDigit(ofFirstFive: digits[0..<5])
        value = Int32(prefix * 10 + check)
    }

    /// The check digit of five digits: weights 6, 5, 4, 3, 2; 11 − (sum mod 11), last digit.
    public static func checkDigit(ofFirstFive digits: ArraySlice<Int>) -> Int {
        precondition(digits.count == 5)
        let weights = [6, 5, 4, 3, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
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
