// Writes the list of Traditional characters and their Simplified forms that Templates/assets/search.js
// folds with: every character of the CJK Unified Ideographs block (U+4E00–U+9FFF) that ICU's
// Hant-Hans transform writes as one other character of the Basic Multilingual Plane, as pairs in one line.
//
//   swift scripts/traditional-pairs.swift > pairs.txt
import Foundation
var pairs = ""
let t2s = StringTransform(rawValue: "Hant-Hans")
var chars: [Character] = []
for value in 0x4E00...0x9FFF { if let s = Unicode.Scalar(value) { chars.append(Character(s)) } }
let joined = chars.map(String.init).joined(separator: "\n")
let converted = joined.applyingTransform(t2s, reverse: false) ?? ""
let out = converted.components(separatedBy: "\n")
precondition(out.count == chars.count)
// One character for one, within the Basic Multilingual Plane (search.js reads the list two UTF-16 units at a time).
var simplified: [Character: Character] = [:]
for (c, s) in zip(chars, out) where s.count == 1 && String(c) != s && s.unicodeScalars.count == 1 && (s.unicodeScalars.first?.value ?? 0) <= 0xFFFF {
    simplified[c] = s.first
}
// Folded once, each character goes to the end of its chain (薴 → 苧 → 苎), and the characters of a
// cycle (苎 ⇄ 苧) to the smallest of them: two that fold alike find each other.
func folded(_ c: Character) -> Character {
    var seen: [Character] = [c]
    var current = c
    while let next = simplified[current] {
        if let start = seen.firstIndex(of: next) { return seen[start...].min() ?? next }
        seen.append(next)
        current = next
    }
    return current
}
for c in chars where simplified[c] != nil {
    let target = folded(c)
    if target != c { pairs += String(c) + String(target) }
}
print(pairs)
