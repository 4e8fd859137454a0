import Foundation
import Testing

@testable import CounterpartXML

@Suite struct EmbeddedSchemasTests {
    @Test(arguments: [
        ("roster", EmbeddedSchemas.roster), ("scenario", EmbeddedSchemas.scenario), ("demand", EmbeddedSchemas.demand),
    ])
    func theBinaryCarriesTheSchemasOfDataSchema(name: String, embedded: String) throws {
        let file = try String(contentsOfFile: RepositoryPaths.path("Data/schema/\(name).xsd"), encoding: .utf8)
        #expect(embedded + "\n" == file, "run Scripts/embed-schemas.sh after changing Data/schema/\(name).xsd")
    }

    @Test func everySchemaCompiles() {
        _ = CompiledSchema.roster
        _ = CompiledSchema.scenario
        _ = CompiledSchema.demand
    }
}
