/// A coding key the encoder makes itself: an array index, or `super`.
struct JSONCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }

    /// The key of `superEncoder()`.
    static let superKey = JSONCodingKey(stringValue: "super")
}
