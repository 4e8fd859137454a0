import CounterpartReports

extension JSONValue {
    /// The JSON of one of Counterpart's shapes. They hold text, whole numbers and flags only,
    /// which the encoder always takes, so no error can come of it.
    static func shape(_ value: some Encodable) -> JSONValue { (try? JSONValue(encoding: value)) ?? .null }
}
