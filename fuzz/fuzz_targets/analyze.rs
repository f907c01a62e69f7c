//! `analyze` on arbitrary bytes, decoded lossily (as the CLI decodes a file),
//! with the default options; then the result must serialise, and the
//! CLI's own JSON writer must write what serde_json writes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(analysis) = lede::analyze(&text, &lede::Options::default()) {
        for s in &analysis.sentences {
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start <= s.end
            );
        }
        let json = serde_json::to_vec(&analysis).expect("serialises");
        let mut ours = Vec::new();
        analysis.write_json(&mut ours);
        assert!(ours == json, "write_json differs from serde_json");
    }
});
