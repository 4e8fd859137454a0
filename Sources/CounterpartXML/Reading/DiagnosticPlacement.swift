/// Puts every problem of a file on the line a person looks for — where the offending
/// element's start tag begins — and in line order.
enum DiagnosticPlacement {
    /// The diagnostics of `walk` and of `problems`, placed and sorted.
    static func place(walk: DocumentWalk.Outcome, problems: ElementProblems, file: String) -> [Diagnostic] {
        let schemaLines = Set(walk.schemaDiagnostics.compactMap(\.line))
        let lines = SourceLines(path: file, ordinals: Set(problems.entries.map(\.element)), lines: schemaLines)
        let schema = walk.schemaDiagnostics.map { diagnostic -> Diagnostic in
            var moved = diagnostic
            if let line = diagnostic.line, let start = lines.startOfTagEndingOn[line] { moved.line = start }
            return moved
        }
        let own = problems.entries.compactMap { entry -> Diagnostic? in
            let tag = lines.elements[entry.element]
            if entry.isAlsoSchemaChecked, let end = tag?.end, schemaLines.contains(end) { return nil }
            return Diagnostic(file: file, line: tag?.start ?? 1, message: entry.message, japanese: entry.japanese)
        }
        return (walk.parseDiagnostics + schema + own).sortedByLine()
    }

    /// Diagnostics for problems at the elements with these ordinals, in the order given.
    static func place(_ problems: [ElementProblems.Found], file: String) -> [Diagnostic] {
        let lines = SourceLines(path: file, ordinals: Set(problems.map(\.element)), lines: [])
        return problems.map {
            Diagnostic(
                file: file, line: lines.elements[$0.element]?.start ?? 1, message: $0.message, japanese: $0.japanese)
        }
    }
}
