import CLibXML2

/// libxml2 as a whole.
public enum XMLLibrary {
    /// Sets libxml2 up once, before any thread uses it (its global state is not set up
    /// lazily in a thread-safe way). Call at start-up of every program; later calls do nothing.
    public static func initialize() { xmlInitParser() }
}
