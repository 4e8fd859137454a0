import CLibXML2

/// An XML Schema compiled once by libxml2 from text embedded in the binary.
///
/// `@unchecked Sendable`: the compiled schema is never changed after `init`, and each
/// validation runs in a validation context of its own, which is how libxml2 allows one
/// schema to be shared between threads.
final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Compiles `text`. The schemas are part of the program, so failure is a programmer error.
    init(text: String, name: String) {
        xmlInitParser()
        var bytes = Array(text.utf8)
        let context = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let context, let schema = xmlSchemaParse(context) else {
            preconditionFailure("the embedded schema \(name) does not compile")
        }
        xmlSchemaFreeParserCtxt(context)
        pointer = schema
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// The roster schema (`Data/schema/roster.xsd`).
    static let roster = CompiledSchema(text: EmbeddedSchemas.roster, name: "roster.xsd")
    /// The scenario schema (`Data/schema/scenario.xsd`).
    static let scenario = CompiledSchema(text: EmbeddedSchemas.scenario, name: "scenario.xsd")
    /// The demand profile schema (`Data/schema/demand.xsd`).
    static let demand = CompiledSchema(text: EmbeddedSchemas.demand, name: "demand.xsd")
}
