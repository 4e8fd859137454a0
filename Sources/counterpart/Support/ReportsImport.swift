// The renderers live in the library CounterpartReports. The files of `Operations/` (being
// rewritten on another branch) use its `JSONValue`, `TextColumns` and `HTMLText` without
// importing it: this one line makes the library visible in every file of the tool. Once
// those files say `import CounterpartReports` themselves, this file can go.
@_exported import CounterpartReports
