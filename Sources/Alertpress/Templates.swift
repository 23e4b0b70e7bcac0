import AlertpressCore
import Foundation
import Mustache

/// The templates' diagnostics, for `check`: what a build would report about them and about the
/// logo site.yml names among their assets, before rendering.
public enum TemplateCheck {
    public static func diagnostics(folder: String, site: SiteSettings? = nil, fileSystem: some ContentFileSystem = DiskFileSystem()) -> [Diagnostic] {
        var log = TemplateLibrary.load(folder: folder).log
        _ = LogoFile.load(site?.logo, templates: folder, fileSystem: fileSystem, log: &log)
        return log.all
    }
}

/// The Mustache templates of `Templates/`, loaded once. A missing template, a template that
/// does not parse, or a template that names a field no view has, is a diagnostic — never an
/// empty render.
struct TemplateLibrary: Sendable {
    static let required = ["layout", "home", "list", "case", "terms", "term", "campaigns", "campaign", "flyer",
                           "search", "not-found", "feed-entry"]

    let library: MustacheLibrary
    /// Tag names used by each template, for the misspelt-field check.
    let names: [String: [(name: String, line: Int)]]
    let folder: String
    /// Of every template's name and text: pages rendered with other templates are rendered again.
    let fingerprint: Fingerprint

    /// The library (nil when the folder is missing) and what is wrong with its templates.
    static func load(folder: String) -> (library: TemplateLibrary?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        MustacheContentTypes.register(EscapedHTML(), named: EscapedHTML.name)
        var library = MustacheLibrary()
        var names: [String: [(String, Int)]] = [:]
        var fingerprint = Fingerprint()
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else {
            log.error("missing-templates", "template folder `\(folder)` does not exist", at: SourceLocation(file: folder, line: 0, column: 0),
                      hint: "pass --templates, or run where `Templates/` is")
            return (nil, log)
        }
        for entry in entries.sorted() where entry.hasSuffix(".mustache") {
            let name = String(entry.dropLast(".mustache".count))
            let path = folder + "/" + entry
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                log.error("unreadable", "cannot read template", at: SourceLocation(file: path, line: 1))
                continue
            }
            do {
                // Same escaping as Mustache's HTML content type, on bytes rather than characters.
                try library.register("{{% CONTENT_TYPE: \(EscapedHTML.name) }}\n" + text, named: name)
                names[name] = tagNames(text)
                fingerprint.add(name)
                fingerprint.add(text)
            } catch {
                let (line, column, message) = Self.explain(error, in: text)
                log.error("template-syntax", message, at: SourceLocation(file: path, line: line, column: column))
            }
        }
        for name in required where names[name] == nil && !log.all.contains(where: { $0.file.hasSuffix("/\(name).mustache") }) {
            log.error("missing-template", "missing template `\(name).mustache`", at: SourceLocation(file: folder + "/\(name).mustache", line: 0, column: 0))
        }
        let templates = TemplateLibrary(library: library, names: names, folder: folder, fingerprint: fingerprint)
        templates.checkNames(against: TemplateSamples.views, log: &log)
        return (templates, log)
    }

    /// Where a parse error is in the editor's file (the library saw one line more: the content
    /// type), and what it means in words.
    static func explain(_ error: any Error, in text: String) -> (line: Int, column: Int, message: String) {
        guard let failure = error as? MustacheTemplate.ParserError else { return (1, 1, "template does not parse: \(error)") }
        let line = max(1, failure.context.lineNumber - 1)
        let column = max(1, failure.context.columnNumber)
        let message: String
        switch failure.error as? MustacheTemplate.Error {
        case .expectedSectionEnd:
            // Reported at the end of the file: point at the section that is never closed instead.
            var open: [(name: String, line: Int)] = []
            for (number, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in row.matches(of: /\{\{\s*([#^\/])\s*([^}\s]+)\s*\}\}/) {
                    if match.1 == "/" {
                        if let last = open.lastIndex(where: { $0.name == match.2 }) { open.removeSubrange(last...) }
                    } else {
                        open.append((String(match.2), number + 1))
                    }
                }
            }
            if let unclosed = open.last {
                return (unclosed.line, 1, "section `{{#\(unclosed.name)}}` is never closed (add `{{/\(unclosed.name)}}`)")
            }
            message = "a section is never closed (a `{{/name}}` is missing)"
        case .sectionCloseNameIncorrect: message = "a `{{/name}}` closes a section with another name"
        case .unfinishedName: message = "a tag is not finished (a `}}` is missing)"
        case .invalidSetDelimiter: message = "a `{{=… …=}}` delimiter tag is malformed"
        case .some(let other): message = "template does not parse: \(other)"
        case .none: message = "template does not parse: \(failure.error)"
        }
        return (line, column, message)
    }

    /// Renders a view with a template.
    func render(_ view: any TemplateView, _ name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}`, `{{&name}}` — the first segment of each name, with its line.
    static func tagNames(_ text: String) -> [(String, Int)] {
        // `{{name}}`, `{{a.b}}` and transforms such as `{{^empty(name)}}`: the field is the innermost name.
        let tag = /\{\{\{?\s*([#^&\/]?)\s*(?:[a-z]+\()?([A-Za-z_][A-Za-z0-9_]*)[A-Za-z0-9_.]*\)?\s*\}?\}\}/
        var result: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: tag) {
                if match.1 != "/" { result.append((String(match.2), index + 1)) }
            }
        }
        return result
    }

    /// Reports template tags that name no field of any view type (see `TemplateSamples`).
    func checkNames(against views: [Any], log: inout DiagnosticLog) {
        var labels: Set<String> = []
        for view in views { TemplateLibrary.collectLabels(view, into: &labels) }
        for (template, used) in names.sorted(by: { $0.key < $1.key }) {
            for (name, line) in used where !labels.contains(name) {
                let hint = Suggest.nearest(name, in: labels).map { "did you mean `\($0)`?" }
                log.error("unknown-template-field", "template uses `\(name)`, which no page provides",
                          at: SourceLocation(file: folder + "/\(template).mustache", line: line), hint: hint)
            }
        }
    }

    static func collectLabels(_ value: Any, into labels: inout Set<String>, depth: Int = 0) {
        guard depth < 8 else { return }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection || mirror.displayStyle == .optional {
            for child in mirror.children { collectLabels(child.value, into: &labels, depth: depth + 1) }
            return
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            labels.insert(label)
            collectLabels(child.value, into: &labels, depth: depth + 1)
        }
    }
}


/// `{{name}}` output escaped by `HTML.escape`.
struct EscapedHTML: MustacheContentType {
    static let name = "ALERTPRESS_HTML"

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
