import CounterpartCore

/// Reads scenario files: safely, streaming, validated by `scenario.xsd`, then checked by
/// ``ScenarioCheck``.
public enum ScenarioReader {
    /// Reads the scenario file at `path`. Never throws: every problem comes back as a diagnostic.
    public static func read(path: String) -> ScenarioReading {
        switch DocumentWalk.sniff(path: path) {
        case .failure(let diagnostic):
            return ScenarioReading(file: path, scenario: nil, diagnostics: [diagnostic], sourceMap: ScenarioSourceMap())
        case .success(let kind) where kind != .scenario:
            let diagnostic = Diagnostic(
                file: path, line: 1, message: "this is a \(kind.readableName) file; a scenario file was expected",
                japanese: "これは\(kind.japaneseName)のファイルです。想定のファイルを指定してください。")
            return ScenarioReading(file: path, scenario: nil, diagnostics: [diagnostic], sourceMap: ScenarioSourceMap())
        case .success:
            return readValidated(path: path)
        }
    }

    /// Reads a file already known to be a scenario.
    static func readValidated(path: String) -> ScenarioReading {
        let builder = ScenarioBuilder()
        let walk = DocumentWalk.walk(path: path, kind: .scenario) { builder.visit($0, ordinal: $1) }
        var problems = builder.problems
        let scenario = builder.scenario
        if walk.isComplete, let scenario {
            problems.add(
                ScenarioCheck.problems(in: scenario).filter { builder.keeps($0, in: scenario) }
                    .map {
                        .init(
                            element: builder.sourceMap.element(at: $0.location), message: $0.message,
                            japanese: $0.japanese)
                    })
        }
        let diagnostics = DiagnosticPlacement.place(walk: walk, problems: problems, file: path)
        var reading = ScenarioReading(
            file: path, scenario: diagnostics.isEmpty ? scenario : nil,
            diagnostics: diagnostics, sourceMap: builder.sourceMap)
        reading.warnings = DocumentWalk.warnings(path: path)
        return reading
    }
}
