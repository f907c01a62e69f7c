//! Tokens: words, numbers, URLs, e-mail addresses, punctuation and symbols,
//! each a span of the original text.
//!
//! The tokenizer is a single forward scan. A word keeps its internal
//! apostrophes and hyphens ("don't", "O'Brien", "co-operation",
//! "mid-1960s"); a number keeps its decimal point, thousands separators,
//! clock colon and slashes ("3.5", "1,000", "4:00pm", "24/7"); initialisms
//! keep their dots ("U.S.", "e.g.", "a.m."); URLs, bare domains and e-mail
//! addresses are one token each. A full stop after a word is its own token,
//! so the sentence splitter can decide what it means.

use super::Span;
use crate::bare::prelude::*;
use crate::hash::load8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with internal apostrophes, hyphens, digits), or an
    /// initialism with its dots.
    Word,
    /// Starts with a digit: "3.5", "1,000", "1960s", "4:00pm".
    Number,
    /// "https://...", "www.example.com", "example.com".
    Url,
    Email,
    /// A list marker at the start of a line: "-", "•", "1.", "2)", "(a)".
    ListMarker,
    /// Punctuation: a run of "?" and "!", an ellipsis, or one other mark.
    Punct,
    /// Anything else that is not whitespace: "$", "%", emoji, control
    /// characters.
    Symbol,
}

/// One token. `space_before` and `line_break_before` describe the gap
/// between this token and the previous one in the same paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub space_before: bool,
    pub line_break_before: bool,
    /// For a [`TokenKind::Word`], the number of its spelling (see
    /// [`super::words`]); else [`super::words::NO_WORD`].
    pub word: u32,
}

impl Token {
    /// Words, numbers, URLs and e-mail addresses count as words in the
    /// statistics; punctuation, symbols and list markers do not.
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn is_word(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Url | TokenKind::Email
        )
    }

    /// A list marker, or a mark after which a clause opens as a sentence
    /// does: a quotation mark, an opening bracket, a colon or a dash. The
    /// recogniser and the keyphrase scan read the word after it as a
    /// sentence's first ("Rail strike: Commuters face ...").
    #[inline(always)]
    #[cfg_attr(lede_abort, optimize(size))]
    pub fn opens_clause(&self, text: &str) -> bool {
        // Commas and full stops, most marks, fail on the first byte.
        self.kind == TokenKind::ListMarker
            || matches!(
                text.as_bytes()[self.span.start],
                b'"' | b'\'' | b'(' | b'[' | b':' | b'-' | 0xE2
            ) && self.is_clause_mark(text)
    }

    #[inline(never)]
    #[cfg_attr(lede_abort, optimize(size))]
    fn is_clause_mark(&self, text: &str) -> bool {
        self.kind == TokenKind::Punct
            && matches!(
                self.span.of(text),
                "\"" | "“" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-"
            )
    }
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let mut i = span.start;
    let end = span.end;
    let mut space_before = false;
    let mut line_break_before = false;
    let mut at_line_start = true;
    let bytes = text.as_bytes();
    loop {
        // The commonest byte between tokens, skipped in a loop of its own
        // (in wasm, the big loop would charge its whole length a space).
        while i < end && bytes[i] == b' ' {
            space_before = true;
            i += 1;
        }
        if i >= end {
            break;
        }
        // ASCII needs no decoding.
        let b = bytes[i];
        // White space other than the space: ASCII controls and a few
        // characters beyond ASCII.
        if b < b' ' || !b.is_ascii() {
            if let Some((len, line_break)) = other_space(text, i) {
                space_before = true;
                if line_break {
                    line_break_before = true;
                    at_line_start = true;
                }
                i += len;
                continue;
            }
        }
        let marker = if at_line_start {
            list_marker(text, i, end)
        } else {
            None
        };
        let (mut len, mut kind) = match marker {
            Some(len) => (len, TokenKind::ListMarker),
            None => match plain_ascii_word(bytes, i, end) {
                0 => scan(text, i, end),
                len if bytes[i].is_ascii_digit() => (len, TokenKind::Number),
                len => (len, TokenKind::Word),
            },
        };
        if at_line_start && kind == TokenKind::Word {
            if let Some(sport) = sport_slug(&text[i..i + len]) {
                (len, kind) = (sport, TokenKind::ListMarker);
            }
        }
        debug_assert!(len > 0 && text.is_char_boundary(i + len));
        out.push(Token {
            span: Span::new(i, i + len),
            kind,
            space_before,
            line_break_before,
            word: super::words::NO_WORD,
        });
        i += len;
        space_before = false;
        line_break_before = false;
        at_line_start = false;
    }
}

/// "Tennis-Sabalenka beats Gauff", "Soccer-Arsenal sign ...": the length
/// of a sport's name that a wire's headline opens with, joined by a hyphen
/// to the capitalised name after it: a label, as a list's marker is, and
/// a token of its own (as is the hyphen), so that the name is read alone.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn sport_slug(word: &str) -> Option<usize> {
    const SPORTS: &str =
        "Athletics Badminton Baseball Basketball Boxing Cricket Cycling Darts Football Golf \
         Gymnastics Hockey Judo MLB NBA NFL NHL Olympics Paralympics Rowing Rugby Sailing Skiing \
         Snooker Soccer Swimming Tennis Volleyball";
    let (sport, rest) = word.split_once('-')?;
    (rest.starts_with(|c: char| c.is_uppercase())
        && super::lexicon::in_words_as_written(SPORTS, sport))
    .then_some(sport.len())
}

/// The length of the white space character at `i`, other than the space,
/// and whether it breaks the line; `None` when the character at `i` is not
/// white space. Out of line in wasm, as [`list_marker`] and [`scan`]: the
/// loop of [`tokenize`] keeps the spaces and plain words.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn other_space(text: &str, i: usize) -> Option<(usize, bool)> {
    let c = char_at(text, i);
    if !c.is_whitespace() {
        return None;
    }
    let line_break = c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
    Some((c.len_utf8(), line_break))
}

/// The character starting at byte `i` (which must be a char boundary).
#[cfg_attr(lede_abort, optimize(size))]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\u{FFFD}')
}

fn char_after(text: &str, i: usize, end: usize) -> Option<char> {
    if i < end {
        text[i..end].chars().next()
    } else {
        None
    }
}

/// Length of a list marker at `i` followed by a space, if there is one:
/// a bullet ("-", "*", "•", "–", "·", "▪", "◦"), or "1." "12)" "a)" "(a)" "iv.".
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(lede_abort, optimize(size))]
fn list_marker(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = &text[i..end];
    let followed_by_space = |len: usize| matches!(rest.as_bytes().get(len), Some(b' ' | b'\t'));
    let first = rest.chars().next()?;
    if matches!(
        first,
        '-' | '*' | '•' | '–' | '—' | '·' | '▪' | '◦' | '‣' | '+'
    ) {
        let len = first.len_utf8();
        return followed_by_space(len).then_some(len);
    }
    let (open, body_start) = if first == '(' { (true, 1) } else { (false, 0) };
    let body: usize = rest[body_start..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if body == 0 {
        return None;
    }
    let label = &rest[body_start..body_start + body];
    let is_number = body <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let is_letter = body == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let is_roman = body <= 4 && label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    if !(is_number || is_letter || is_roman) {
        return None;
    }
    let close = rest[body_start + body..].chars().next()?;
    let ok = if open {
        close == ')'
    } else {
        close == ')' || (close == '.' && (is_number || is_roman))
    };
    let len = body_start + body + 1;
    (ok && followed_by_space(len)).then_some(len)
}

/// Scans one token at `i`; returns its length and kind. The commonest
/// tokens are taken by [`plain_ascii_word`] before this is called.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn scan(text: &str, i: usize, end: usize) -> (usize, TokenKind) {
    let first = text.as_bytes()[i];
    // A URL begins with a letter or digit, so ASCII punctuation skips that
    // test.
    if first.is_ascii() && !first.is_ascii_alphanumeric() {
        return punctuation_or_symbol(text, i, end, char::from(first));
    }
    let c = char_at(text, i);
    if let Some(len) = url(text, i, end) {
        return (len, TokenKind::Url);
    }
    if c.is_alphanumeric() {
        if let Some(len) = email(text, i, end) {
            return (len, TokenKind::Email);
        }
        if is_cjk(c) {
            return (c.len_utf8(), TokenKind::Word);
        }
        if let Some(len) = initialism(text, i, end) {
            return (len, TokenKind::Word);
        }
        return word_or_number(text, i, end);
    }
    punctuation_or_symbol(text, i, end, c)
}

/// The token at `i`, which starts with `c`, neither a letter nor a digit.
fn punctuation_or_symbol(text: &str, i: usize, end: usize, c: char) -> (usize, TokenKind) {
    match c {
        '.' => {
            // "..." and ". . ." are one ellipsis token.
            let rest = &text.as_bytes()[i..end];
            if rest.starts_with(b"...") {
                let n = rest.iter().take_while(|&&b| b == b'.').count();
                return (n, TokenKind::Punct);
            }
            if rest.starts_with(b". . .") {
                return (5, TokenKind::Punct);
            }
            (1, TokenKind::Punct)
        }
        '?' | '!' | '‽' => {
            let n = text[i..end]
                .chars()
                .take_while(|&c| matches!(c, '?' | '!' | '‽'))
                .map(char::len_utf8)
                .sum();
            (n, TokenKind::Punct)
        }
        _ if is_punctuation(c) => (c.len_utf8(), TokenKind::Punct),
        _ => (c.len_utf8(), TokenKind::Symbol),
    }
}

/// The fast path before [`scan`] for the commonest token, by its length (0
/// for none; a number if it starts with a digit, else a word): a run of
/// ASCII letters and digits followed by the end of the span or by an ASCII
/// byte that none of the longer forms could continue with. A URL, bare
/// domain, e-mail address or initialism needs one of `. - @ _ % + :` right
/// after the run; a joined word or number needs `' - & . : , /` (`,` and
/// `/` only after a digit), a possessive `'`; anything non-ASCII goes the
/// slow way.
/// A full stop ends the run too when what follows it cannot continue a
/// domain, an address, an initialism or a decimal (a space, the end) and
/// the run is not "www". Where this finds a token, [`scan`] would return
/// the same one. Out of line in wasm, where it would make the loop of
/// [`tokenize`] long (and where a bare length is returned in a register).
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn plain_ascii_word(bytes: &[u8], i: usize, end: usize) -> usize {
    let run = alphanumeric_run(&bytes[i..end]);
    if run == 0 {
        return 0;
    }
    let after_digit = bytes[i + run - 1].is_ascii_digit();
    let plain = match bytes.get(i + run) {
        _ if i + run == end => true,
        None => true,
        Some(b'.') => {
            let www = run == 3 && bytes[i..i + 3].eq_ignore_ascii_case(b"www");
            !www && (i + run + 1 == end
                || bytes.get(i + run + 1).is_some_and(|&n| {
                    n.is_ascii()
                        && !n.is_ascii_alphanumeric()
                        && !matches!(n, b'.' | b'_' | b'%' | b'+' | b'-' | b'@')
                }))
        }
        Some(b'-' | b'@' | b'_' | b'%' | b'+' | b':' | b'\'' | b'&') => false,
        Some(b',' | b'/') => !after_digit,
        Some(b) => b.is_ascii(),
    };
    if plain {
        run
    } else {
        0
    }
}

/// How many bytes at the start of `bytes` are ASCII letters or digits.
/// Eight bytes at a time while they last (most words end inside the first
/// eight), then byte by byte.
#[cfg_attr(lede_abort, optimize(size))]
fn alphanumeric_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while n + 8 <= bytes.len() {
        let other = not_alphanumeric(load8(bytes, n));
        if other != 0 {
            // Little-endian: the lowest set bit is the first such byte.
            return n + other.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// The top bit of each byte of `word` that is not an ASCII letter or digit.
/// Each test adds to bytes of at most 0x7F a constant of at most 0x80, so
/// no carry crosses into the next byte: the top bit of `y + (0x80 - k)`
/// says whether the byte's low seven bits `y` are at least `k`.
#[cfg_attr(lede_abort, optimize(size))]
fn not_alphanumeric(word: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = |y: u64, k: u8| y + ONES * u64::from(0x80 - k);
    let y = word & LOW7;
    // '0'..='9'
    let digit = at_least(y, b'0') & !at_least(y, b'9' + 1);
    // 'a'..='z' once bit 5 is set, which makes capitals small and maps no
    // other byte into the range.
    let z = y | 0x2020_2020_2020_2020;
    let letter = at_least(z, b'a') & !at_least(z, b'z' + 1);
    // Bytes with the top bit set (not ASCII) are never letters or digits.
    !((digit | letter) & !word) & HIGH
}

#[cfg_attr(lede_abort, optimize(size))]
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '@' | '&'
        )
        || matches!(
            c,
            '…' | '‘'
                | '’'
                | '‚'
                | '‛'
                | '“'
                | '”'
                | '„'
                | '‟'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '–'
                | '—'
                | '―'
                | '‐'
                | '‑'
                | '¡'
                | '¿'
                | '。'
                | '、'
                | '，'
                | '！'
                | '？'
                | '：'
                | '；'
                | '「'
                | '」'
                | '『'
                | '』'
                | '（'
                | '）'
                | '؟'
                | '،'
                | '؛'
                | '۔'
                | '।'
        )
}

/// Ideographs, kana and hangul: scripts written without spaces, where each
/// character is taken as one word-like token.
#[cfg_attr(lede_abort, optimize(size))]
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The top-level domains a web address may end in, a blank apart and sorted
/// (read by [`super::lexicon::in_words_as_written`]).
const TLDS: &str =
    "ac ae ai app at au be biz br ca cc ch cn co com cz de dev dk edu es eu fi fr gov gr hk ie il \
     in info int io ir it jp kr me mil mx net news nl no nz org pl pt ru se sg tv tw ua uk us za";

/// "http://..", "https://..", "www.." up to whitespace, minus trailing
/// punctuation that belongs to the sentence. Bare domains ("example.com",
/// "abc.net.au") are recognised by a known lower-case top-level domain.
#[cfg_attr(lede_abort, optimize(size))]
fn url(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = &text[i..end];
    let lower_starts = |p: &str| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
        let body = rest.find(char::is_whitespace).unwrap_or(rest.len());
        return Some(trim_url_end(&rest[..body]));
    }
    // Bare domain: label(.label)*.tld where tld is a known lower-case TLD.
    let bytes = rest.as_bytes();
    let label = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count()
    };
    let first = label(0);
    if first == 0 || !bytes[0].is_ascii_alphanumeric() {
        return None;
    }
    let mut pos = first;
    let mut last_tld_end = None;
    while pos < bytes.len() && bytes[pos] == b'.' {
        let n = label(pos + 1);
        if n == 0 {
            break;
        }
        let lab = &rest[pos + 1..pos + 1 + n];
        pos += 1 + n;
        if super::lexicon::in_words_as_written(TLDS, lab) {
            last_tld_end = Some(pos);
        } else if lab.bytes().any(|b| b.is_ascii_uppercase()) {
            break;
        }
    }
    let end_at = last_tld_end?;
    // The domain must not run straight into more word characters, and may
    // carry a path.
    if rest[end_at..].starts_with('/') {
        let body = rest.find(char::is_whitespace).unwrap_or(rest.len());
        return Some(trim_url_end(&rest[..body]));
    }
    match rest[end_at..].chars().next() {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(end_at),
    }
}

/// Drops trailing sentence punctuation from a URL; keeps a closing bracket
/// that matches an opening one inside the URL.
#[cfg_attr(lede_abort, optimize(size))]
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    while let Some(c) = url[..end].chars().next_back() {
        let drop = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '’' | '”' | '>' => true,
            ')' => url[..end].matches('(').count() < url[..end].matches(')').count(),
            ']' => url[..end].matches('[').count() < url[..end].matches(']').count(),
            _ => false,
        };
        if !drop {
            break;
        }
        end -= c.len_utf8();
    }
    end.max(1)
}

/// local@domain.tld, with the usual local-part characters.
#[cfg_attr(lede_abort, optimize(size))]
fn email(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[i..end];
    let local = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'))
        .count();
    if local == 0 || bytes.get(local) != Some(&b'@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = bytes[domain_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
        .count();
    let mut d = &bytes[domain_start..domain_start + domain];
    while d.last() == Some(&b'.') || d.last() == Some(&b'-') {
        d = &d[..d.len() - 1];
    }
    let dot = d.iter().rposition(|&b| b == b'.')?;
    if dot == 0 || dot + 1 >= d.len() {
        return None;
    }
    Some(domain_start + d.len())
}

/// Letter groups of one or two letters each followed by a dot, at least
/// twice: "U.S.", "U.S.A.", "e.g.", "i.e.", "a.m.", "Ph.D.".
#[cfg_attr(lede_abort, optimize(size))]
fn initialism(text: &str, i: usize, end: usize) -> Option<usize> {
    let pos = dotted(text, i, end)?;
    let bytes = &text.as_bytes()[i..end];
    match bytes.get(pos) {
        // "U.S.-led": the initialism begins a hyphenated word.
        Some(b'-') if bytes.get(pos + 1).is_some_and(u8::is_ascii_alphanumeric) => {
            Some(pos + 1 + word_or_number(text, i + pos + 1, end).0)
        }
        _ => Some(pos),
    }
}

/// The letter groups of an [`initialism`] at `i`, without a hyphenated word
/// after them, or `None` (and none before a letter or a digit): what a
/// hyphen in a word may join ("Canada-U.S. border"; no call back into
/// [`word_or_number`], so no recursion however long the token).
#[cfg_attr(lede_abort, optimize(size))]
fn dotted(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[i..end];
    let mut pos = 0;
    let mut groups = 0;
    loop {
        let letters = bytes[pos..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if letters == 0 || letters > 2 || bytes.get(pos + letters) != Some(&b'.') {
            break;
        }
        pos += letters + 1;
        groups += 1;
    }
    if groups < 2 || bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some(pos)
}

/// A word or a number starting at `i`.
fn word_or_number(text: &str, i: usize, end: usize) -> (usize, TokenKind) {
    let first = char_at(text, i);
    let numeric = first.is_ascii_digit();
    let mut pos = i;
    let at = |p: usize| char_after(text, p, end);
    loop {
        // A run of word characters.
        while let Some(c) = at(pos) {
            if c.is_alphanumeric() || is_mark(c) {
                if is_cjk(c) {
                    break;
                }
                pos += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(c) = at(pos) else { break };
        let next = at(pos + c.len_utf8());
        let prev_is_digit = text[i..pos]
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit());
        // "Canada-U.S.": an initialism after a hyphen ends the word, its
        // dots in it.
        if matches!(c, '-' | '‐' | '‑') {
            if let Some(len) = dotted(text, pos + c.len_utf8(), end) {
                pos += c.len_utf8() + len;
                break;
            }
        }
        let joins = match c {
            '\'' | '’' => next.is_some_and(|n| n.is_alphabetic()),
            '-' | '‐' | '‑' => next.is_some_and(|n| n.is_alphanumeric() && !is_cjk(n)),
            '&' => {
                // AT&T, S&P: capitals on both sides.
                text[i..pos]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_uppercase())
                    && next.is_some_and(|n| n.is_uppercase())
            }
            '.' | ',' | ':' | '/' if prev_is_digit => {
                let digits_after = text[pos + 1..end]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                match c {
                    '.' => digits_after > 0,
                    // Thousands separators take groups of exactly three,
                    // or of two before another separator, as India and its
                    // neighbours group lakhs and crores ("1,65,000").
                    ',' => {
                        digits_after == 3
                            && !text[pos + 4..end].starts_with(|d: char| d.is_ascii_digit())
                            || digits_after == 2
                                && text.as_bytes()[..end].get(pos + 3) == Some(&b',')
                                && text.as_bytes()[..end]
                                    .get(pos + 4)
                                    .is_some_and(u8::is_ascii_digit)
                    }
                    ':' => digits_after == 2,
                    _ => digits_after > 0,
                }
            }
            _ => false,
        };
        if !joins {
            break;
        }
        pos += c.len_utf8();
    }
    // A plural possessive: "countries’ interests", "the players' union".
    if let Some(c @ ('\'' | '’')) = at(pos) {
        let word = &text[i..pos];
        let after = at(pos + c.len_utf8());
        if word.len() > 2
            && word.ends_with('s')
            && after.is_some_and(char::is_whitespace)
            && text[pos + c.len_utf8()..end]
                .trim_start()
                .starts_with(|n: char| n.is_lowercase())
        {
            pos += c.len_utf8();
        }
    }
    (
        pos - i,
        if numeric {
            TokenKind::Number
        } else {
            TokenKind::Word
        },
    )
}

/// Combining marks (accents typed as separate code points) stay with their
/// letter.
#[cfg_attr(lede_abort, optimize(size))]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200C | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_sorted() {
        crate::text::lexicon::assert_word_list(TLDS, false);
    }

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| (t.span.of(text), t.kind)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        toks(text).into_iter().map(|(t, _)| t).collect()
    }

    use TokenKind::*;

    #[test]
    fn alphanumeric_runs_match_a_byte_by_byte_scan() {
        let all: Vec<u8> = (0..=255u8).collect();
        let mut texts: Vec<Vec<u8>> = vec![b"Readability09 of@the/texts[]`{".to_vec()];
        // Every byte value right after a run of letters, at each offset.
        for &b in &all {
            for len in 0..12 {
                let mut t = b"aZ9kQ0zA1bYm".to_vec();
                t.truncate(len);
                t.push(b);
                t.extend_from_slice(b"xyz");
                texts.push(t);
            }
        }
        for t in &texts {
            for from in 0..=t.len() {
                let naive = t[from..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alphanumeric_run(&t[from..]), naive, "{t:?} from {from}");
            }
        }
    }

    #[test]
    fn numbers_keep_decimals_separators_and_clock_times() {
        assert_eq!(
            toks("3.5 1,000,000 4:00pm 24/7 1960s 2.1%"),
            [
                ("3.5", Number),
                ("1,000,000", Number),
                ("4:00pm", Number),
                ("24/7", Number),
                ("1960s", Number),
                ("2.1", Number),
                ("%", Symbol)
            ]
        );
    }

    #[test]
    fn sentence_final_full_stop_is_not_part_of_a_number() {
        assert_eq!(
            words("rose 5.5. Then in 2024."),
            ["rose", "5.5", ".", "Then", "in", "2024", "."]
        );
    }

    #[test]
    fn a_comma_between_numbers_is_not_always_a_thousands_separator() {
        assert_eq!(
            words("1,2 and 10,0000"),
            ["1", ",", "2", "and", "10", ",", "0000"]
        );
        // Lakhs and crores: groups of two before the last three.
        assert_eq!(
            words("Tk 1,65,000 and 2,50,00,000 but 12,34, 5"),
            [
                "Tk",
                "1,65,000",
                "and",
                "2,50,00,000",
                "but",
                "12",
                ",",
                "34",
                ",",
                "5"
            ]
        );
    }

    #[test]
    fn contractions_hyphens_and_possessives() {
        assert_eq!(
            words("Don't O’Brien's co-operation mid-1960s the countries’ interests"),
            [
                "Don't",
                "O’Brien's",
                "co-operation",
                "mid-1960s",
                "the",
                "countries’",
                "interests"
            ]
        );
    }

    #[test]
    fn closing_single_quote_is_not_a_possessive_before_a_capital() {
        assert_eq!(
            words("‘the bosses’ They"),
            ["‘", "the", "bosses", "’", "They"]
        );
    }

    #[test]
    fn a_sport_that_opens_a_line_before_a_hyphen_and_a_name_is_a_label() {
        assert_eq!(
            toks("Tennis-Sabalenka beats Gauff\nCricket-Root century"),
            [
                ("Tennis", TokenKind::ListMarker),
                ("-", TokenKind::Punct),
                ("Sabalenka", TokenKind::Word),
                ("beats", TokenKind::Word),
                ("Gauff", TokenKind::Word),
                ("Cricket", TokenKind::ListMarker),
                ("-", TokenKind::Punct),
                ("Root", TokenKind::Word),
                ("century", TokenKind::Word),
            ]
        );
        // Not inside a line, nor before a word in lower case.
        assert_eq!(words("Football-mad fans"), ["Football-mad", "fans"]);
        assert_eq!(
            words("He said Tennis-Sabalenka"),
            ["He", "said", "Tennis-Sabalenka"]
        );
    }

    #[test]
    fn initialisms_keep_their_dots() {
        assert_eq!(
            words("the U.S. and e.g. 5 p.m. Ph.D. U.S.-led"),
            ["the", "U.S.", "and", "e.g.", "5", "p.m.", "Ph.D.", "U.S.-led"]
        );
        // After a hyphen too, which ends the word: "Canada-U.S." (it had
        // been "Canada-U", "S" and two full stops).
        assert_eq!(
            words("the Canada-U.S. border, the U.S.-Canada-U.S.-Mexico deal"),
            [
                "the",
                "Canada-U.S.",
                "border",
                ",",
                "the",
                "U.S.-Canada-U.S.",
                "-",
                "Mexico",
                "deal"
            ]
        );
    }

    #[test]
    fn urls_emails_and_domains_are_single_tokens() {
        assert_eq!(
            toks(
                "See https://example.com/a_(b)?q=1. Mail jo.doe+x@mail.example.org, or abc.net.au."
            ),
            [
                ("See", Word),
                ("https://example.com/a_(b)?q=1", Url),
                (".", Punct),
                ("Mail", Word),
                ("jo.doe+x@mail.example.org", Email),
                (",", Punct),
                ("or", Word),
                ("abc.net.au", Url),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_splits_the_words() {
        assert_eq!(
            words("the end.Next day"),
            ["the", "end", ".", "Next", "day"]
        );
    }

    #[test]
    fn ellipses_and_question_runs_are_one_token() {
        assert_eq!(
            words("Wait... what?! Well. . . no…"),
            ["Wait", "...", "what", "?!", "Well", ". . .", "no", "…"]
        );
    }

    #[test]
    fn list_markers_only_at_line_start() {
        assert_eq!(
            toks("1. Buy\n- milk\n(a) eggs and 2. not"),
            [
                ("1.", ListMarker),
                ("Buy", Word),
                ("-", ListMarker),
                ("milk", Word),
                ("(a)", ListMarker),
                ("eggs", Word),
                ("and", Word),
                ("2", Number),
                (".", Punct),
                ("not", Word)
            ]
        );
    }

    #[test]
    fn emoji_cjk_and_rtl_text_do_not_break_the_scan() {
        assert_eq!(
            words("👍🏽 東京 שלום عالم"),
            ["👍", "🏽", "東", "京", "שלום", "عالم"]
        );
    }

    #[test]
    fn control_characters_and_replacement_chars_are_symbols() {
        assert_eq!(
            toks("a\u{0}b \u{FFFD}"),
            [
                ("a", Word),
                ("\u{0}", Symbol),
                ("b", Word),
                ("\u{FFFD}", Symbol)
            ]
        );
    }
}
