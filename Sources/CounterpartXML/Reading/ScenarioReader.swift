import CounterpartCore

/// Reads scenario files: safely, streaming, validated by `scenario.xsd`, then checked by
/// ``ScenarioCheck``.
public enum ScenarioReader {
    /// Reads the scenario file at `path`. Never throws: every problem comes back as a diagnostic.
    public static func read(path: String) -> ScenarioReading {
        switch DocumentWalk.sniff(path: path) {
        case .failure(let diagnostic):
            return ScenarioReading(file: path, scenario: nil, diagnostics: [diagnostic], sourceMap: ScenarioSourceMap())
        case .success(.roster):
            let diagnostic = Diagnostic(file: path, line: 1, message: "this is a roster file; a scenario file was expected")
            return ScenarioReading(file: path, scenario: nil, diagnostics: [diagnostic], sourceMap: ScenarioSourceMap())
        case .success(.scenario):
            return readValidated(path: path)
        }
    }

    /// Reads a file already known to be a scenario.
    static func readValidated(path: String) -> ScenarioReading {
        let builder = ScenarioBuilder()
        let walk = DocumentWalk.walk(path: path, kind: .scenario) { builder.visit($0) }
        var diagnostics = builder.problems.merged(with: walk.diagnostics, file: path)
        let scenario = builder.scenario
        if walk.isComplete, let scenario {
            diagnostics += ScenarioCheck.problems(in: scenario).map {
                Diagnostic(file: path, line: builder.sourceMap.line(of: $0.location), message: $0.message)
            }
            diagnostics = diagnostics.movedToElementStarts(path: path).sortedByLine()
        }
        return ScenarioReading(
            file: path, scenario: diagnostics.isEmpty ? scenario : nil,
            diagnostics: diagnostics, sourceMap: builder.sourceMap)
    }
}
