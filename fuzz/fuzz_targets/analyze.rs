//! `analyze` on arbitrary bytes, decoded lossily (as the CLI decodes a file),
//! with the default options; then the result must serialise.
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
        serde_json::to_string(&analysis).expect("serialises");
    }
});
