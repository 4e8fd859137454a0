import CounterpartServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The OpenAPI document says what the server does: the same routes, served as written.
@Suite struct OpenAPIDocumentTests {
    /// The document as `Docs/api/openapi.json` has it.
    static func document() throws -> [String: Any] {
        let data = try Data(contentsOf: ServerHarness.root.appendingPathComponent("Docs/api/openapi.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// `GET /path` for every operation of the document.
    static func operations(_ document: [String: Any]) -> Set<String> {
        let methods = ["get", "post", "put", "patch", "delete"]
        var found: Set<String> = []
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for method in methods where (item as? [String: Any])?[method] != nil {
                found.insert("\(method.uppercased()) \(path)")
            }
        }
        return found
    }

    @Test func everyRouteOfTheRouterIsInTheDocumentAndNothingElse() throws {
        let routes = Set(HotlineRoutes.all.map { "\($0.method.rawValue) \($0.path)" })
        let documented = Self.operations(try Self.document())
        #expect(routes.count == HotlineRoutes.all.count, "no route twice")
        #expect(routes.subtracting(documented).isEmpty, "routes missing from the document")
        #expect(documented.subtracting(routes).isEmpty, "documented operations the server lacks")
        #expect(routes.contains("GET /api/v1/events"))
        #expect(routes.count == 33)
    }

    @Test func theServedDocumentIsTheOneInDocs() async throws {
        let file = try String(
            contentsOf: ServerHarness.root.appendingPathComponent("Docs/api/openapi.json"), encoding: .utf8)
        #expect(OpenAPIDocument.json == file, "run Scripts/embed-openapi.sh after editing Docs/api/openapi.json")
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let served = try await client.call(.get, "/api/v1/openapi.json", as: nil)
            #expect(served.status == .ok)
            #expect(served.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(served.object["openapi"] as? String == "3.1.0")
            #expect(served.text == file)
        }
    }

    @Test func publicOperationsAreTheOnesServedWithoutSigningIn() throws {
        let document = try Self.document()
        var open: Set<String> = []
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for (method, operation) in item as? [String: Any] ?? [:] {
                if let security = (operation as? [String: Any])?["security"] as? [Any], security.isEmpty {
                    open.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        #expect(
            open == ["GET /healthz", "GET /api/v1/openapi.json", "POST /api/v1/session", "POST /api/v1/enrol"])
    }
}
