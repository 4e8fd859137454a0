import CounterpartCore
import CounterpartOperations
import CounterpartReports
import CounterpartXML
import Foundation
import Hummingbird

extension HotlineAPI {
    /// `POST /api/v1/drills`: headquarters opens a drill from a scenario file (the body,
    /// `application/xml`, as `incident open --from-scenario` reads it): its requests filed at
    /// once, marked as a drill. A file with problems is refused with each problem and its
    /// line, in Japanese; nothing is stored.
    func openDrill(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        try caller.require(.open)
        var buffer = try await RequestBodyLimit.collect(request)
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let reading = try Self.readScenario(bytes, against: caller.roster)
        guard let scenario = reading.scenario else { throw APIError.unavailable }
        let opening = try await operations { () throws(OperationsError) in
            try IncidentDesk.Opening.drill(from: scenario)
        }
        let (incident, requests) = try await operations { () throws(OperationsError) in
            try await desk(context).open(opening, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(
            IncidentJSON.Opened(incident, requests: requests, names: names(caller)), status: .created)
    }

    /// The scenario file `bytes`, read and checked against `roster` as the command line does;
    /// 422 with every problem (line and sentence, in both languages) otherwise.
    static func readScenario(_ bytes: [UInt8], against roster: Roster) throws(APIError) -> ScenarioReading {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-scenario-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: path.path, contents: Data(bytes)) else {
            throw APIError.unavailable
        }
        defer { try? FileManager.default.removeItem(at: path) }
        let reading = ScenarioReader.read(path: path.path)
        var problems = reading.diagnostics
        if problems.isEmpty { problems = reading.diagnostics(against: roster) }
        guard problems.isEmpty, reading.scenario != nil else {
            let named = problems.isEmpty ? [] : problems
            throw APIError.invalid(
                named.map { diagnostic in
                    .init(
                        field: "body",
                        japanese: Self.withoutPath(diagnostic.description(in: .japanese), path.path),
                        english: Self.withoutPath(diagnostic.description(in: .english), path.path))
                }, status: .unprocessableContent)
        }
        return reading
    }

    /// `text` with the temporary file's path replaced by the upload's name.
    private static func withoutPath(_ text: String, _ path: String) -> String {
        text.replacingOccurrences(of: path, with: "scenario.xml")
    }
}
