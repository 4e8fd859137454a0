import CounterpartCore

/// Reads demand profile files: safely, streaming, validated by `demand.xsd`, then checked
/// by ``DemandCheck``.
public enum DemandReader {
    /// Reads the demand profile at `path`. Never throws: every problem comes back as a diagnostic.
    public static func read(path: String) -> DemandReading {
        switch DocumentWalk.sniff(path: path) {
        case .failure(let diagnostic):
            return DemandReading(file: path, profile: nil, diagnostics: [diagnostic], sourceMap: DemandSourceMap())
        case .success(let kind) where kind != .demand:
            let diagnostic = Diagnostic(
                file: path, line: 1, message: "this is a \(kind.readableName) file; a demand profile was expected",
                japanese: "これは\(kind.japaneseName)のファイルです。必要人員想定のファイルを指定してください。")
            return DemandReading(file: path, profile: nil, diagnostics: [diagnostic], sourceMap: DemandSourceMap())
        case .success:
            return readValidated(path: path)
        }
    }

    /// Reads a file already known to be a demand profile.
    static func readValidated(path: String) -> DemandReading {
        let builder = DemandBuilder()
        let walk = DocumentWalk.walk(path: path, kind: .demand) { builder.visit($0, ordinal: $1) }
        var problems = builder.problems
        let profile = builder.profile
        if walk.isComplete, let profile {
            let found = DemandCheck.problems(in: profile).filter(builder.keeps)
            problems.add(placed(found, sourceMap: builder.sourceMap, file: path))
        }
        let diagnostics = DiagnosticPlacement.place(walk: walk, problems: problems, file: path)
        var reading = DemandReading(
            file: path, profile: diagnostics.isEmpty ? profile : nil,
            diagnostics: diagnostics, sourceMap: builder.sourceMap)
        reading.warnings = DocumentWalk.warnings(path: path)
        return reading
    }

    /// The problems pinned to their elements, each that refers to an earlier element told
    /// that element's line (one pass over the file, only when there is such a problem).
    private static func placed(_ problems: [DemandProblem], sourceMap: DemandSourceMap, file: String)
        -> [ElementProblems.Found]
    {
        let earlier = Set(problems.compactMap { $0.earlier.map(sourceMap.element(at:)) })
        let lines = SourceLines(path: file, ordinals: earlier, lines: [])
        return problems.map { problem in
            var message = problem.message
            var japanese = problem.japanese
            if let location = problem.earlier, let line = lines.elements[sourceMap.element(at: location)]?.start {
                message += " (first at line \(line))"
                japanese += "（最初は \(line) 行目）"
            }
            return .init(element: sourceMap.element(at: problem.location), message: message, japanese: japanese)
        }
    }
}
