import Testing

@testable import CounterpartXML

@Suite struct DecimalTextTests {
    @Test(arguments: [
        (33.8392, "33.8392"), (132.0, "132.0"), (-0.00001, "-0.00001"), (0.000123, "0.000123"),
        (1e20, "100000000000000000000.0"), (0.0, "0.0"), (-90.0, "-90.0"), (1.5e-7, "0.00000015"),
    ])
    func writesPlainDecimals(value: Double, text: String) {
        #expect(DecimalText.format(value) == text)
        #expect(Double(DecimalText.format(value)) == value)
    }
}
