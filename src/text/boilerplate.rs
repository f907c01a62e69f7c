//! Page furniture: lines of a pasted web page that belong to the page
//! around the story, not to the story.
//!
//! Copying an article out of a news site brings its furniture along: ad
//! labels ("Advertisement"), sharing and sign-up buttons, "Read more: ..."
//! links, bylines, photo credits, "Updated 3 hours ago". Analysed as prose,
//! each is a sentence that skews the counts and the readability, a byline
//! gives a person the story is not about, and "Getty Images" an
//! organisation. A line is furniture only when the whole line (trimmed)
//! is one of the closed forms below: the test is on lines, never inside a
//! sentence, and a line of prose (long, or ending as a sentence ends) is
//! never furniture, but for the few forms that cannot open prose ("Photo:
//! ...", "Reporting by ...", "Copyright ...").
//!
//! Such lines are left out of everything downstream, as repeated lines are,
//! and reported with their kind, so that nothing is lost: a front end shows
//! them, and `Options::keep_boilerplate` analyses them as prose.

use super::paragraphs::Block;
use super::Span;
use crate::bare::prelude::*;
use crate::hash::find_either;

/// What a left-out line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Boilerplate {
    /// Who wrote the story: "By Jane Smith, Political Reporter",
    /// "Reporting by ...; Editing by ...".
    Byline,
    /// A picture's or the page's credit: "Photo: Dean Lewins/AAP",
    /// "Getty Images", "© 2024 Reuters".
    Credit,
    /// When the story was posted or how long it reads: "Updated 3 hours
    /// ago", "5 min read".
    Timestamp,
    /// A link to other pages: "Read more: ...", "Related: ...", "Topics:
    /// ...".
    Link,
    /// A button or label of the page: "Advertisement", "Share this
    /// article", "Follow us on Twitter", "Sign up to our newsletter".
    Label,
}

/// Longer lines are never furniture (a long "Reporting by ... Editing by
/// ..." trailer of a wire story is about 150 bytes), but for a wire's
/// trailer in brackets of at most [`MAX_TRAILER`] bytes.
const MAX_LINE: usize = 200;
/// The longest wire's trailer in brackets: "(Reporting by ... in Amman,
/// ... in Beirut, ...; Writing by ...; Editing by ...)", of a story from
/// several desks, runs past 220 bytes.
const MAX_TRAILER: usize = 400;
/// Longer lines are no label, link or timestamp ("Sign up for ... free
/// morning and afternoon email newsletters for your daily news roundup"
/// is 104 bytes).
const MAX_SHORT: usize = 160;

/// The kind of furniture of each line of `lines` (trimmed lines of `text`,
/// in order), the paragraphs `blocks` give their context: the lines after
/// a list's heading ("Related topics", "More on this story") in its
/// paragraph are its links while they do not read as prose, and a name
/// alone on the line before a writer's role ("Tom Edwards" over "Transport
/// correspondent") is part of the byline, and so is a dateline on lines
/// of its own over a dash ("Washington" / "CNN" / "—"). A site's section
/// name first in the text, over the headline ("Australia news"), is a
/// label. (Where no paragraph has two lines, the text is read as one.)
pub fn classify_lines(text: &str, lines: &[Span], blocks: &[Block]) -> Vec<Option<Boilerplate>> {
    let mut kinds: Vec<Option<Boilerplate>> = lines.iter().map(|l| classify(l.of(text))).collect();
    if lines.len() > 1 && kinds[0].is_none() && is_section_line(lines[0].of(text)) {
        kinds[0] = Some(Boilerplate::Label);
    }
    // The lines read together: a paragraph's; or all of them, when no
    // paragraph has two lines (a text of a paragraph a line, such as a
    // page copied without blank lines).
    let whole = [Block {
        span: Span::new(0, text.len()),
        lines: 0..lines.len(),
    }];
    let groups = if blocks.iter().any(|b| b.lines.len() > 1) {
        blocks
    } else {
        &whole[..]
    };
    for block in groups {
        let mut listing = false;
        for k in block.lines.clone() {
            let line = lines[k].of(text);
            if listing && kinds[k].is_none() && line.len() <= MAX_SHORT && !ends_as_prose(line) {
                kinds[k] = Some(Boilerplate::Link);
                continue;
            }
            // (A label is at most `MAX_LINE` bytes, within the buffer.)
            listing = kinds[k] == Some(Boilerplate::Label) && line.len() <= MAX_LINE && {
                let mut buffer = [0u8; MAX_TRAILER];
                in_phrases(LIST_HEADINGS, normalised(line, &mut buffer))
            };
            if k > block.lines.start
                && kinds[k] == Some(Boilerplate::Byline)
                && kinds[k - 1].is_none()
                && is_name_line(lines[k - 1].of(text))
                && is_role_line(line)
            {
                kinds[k - 1] = Some(Boilerplate::Byline);
            }
            if is_dash_line(line) {
                // The place and the agency over the dash, a line each.
                let mut first = k;
                while first > block.lines.start
                    && k - first < 2
                    && kinds[first - 1].is_none()
                    && is_dateline_part(lines[first - 1].of(text))
                {
                    first -= 1;
                }
                if first < k {
                    kinds[first..=k].fill(Some(Boilerplate::Byline));
                }
            }
        }
    }
    for k in 1..lines.len().min(8) {
        // A writer's name alone over the time of posting (the Guardian's
        // "Ella Creamer" over "Tue 8 Oct 2024 17.00 BST"); and near the
        // top, a byline without "By", each writer with the place written
        // from ("Kathrin Hille in Taipei and Michael Acton in San
        // Francisco", "Ed Pilkington in New York").
        if kinds[k - 1].is_none()
            && (kinds[k] == Some(Boilerplate::Timestamp) && is_name_line(lines[k - 1].of(text))
                || k > 1 && is_located_byline(lines[k - 1].of(text), k == 2))
        {
            kinds[k - 1] = Some(Boilerplate::Byline);
        }
    }
    if let Some(last) = kinds.iter().rposition(Option::is_none) {
        if is_desk_slug(lines[last].of(text)) {
            kinds[last] = Some(Boilerplate::Byline);
        }
    }
    kinds
}

/// A site's section name, of at most 40 bytes: up to three words,
/// capitalised, then "news" in any case ("Australia news", "US news",
/// "WORLD NEWS"); sections and their parts a bar apart, each of capitalised
/// words ("Business | Brazil", "Shipping | Red Sea", "AMERICAS QUARTERLY |
/// Q&A"); or one word alone that general English writes in lower case
/// ("Markets", "ECONOMY": not "Washington", a dateline's place).
#[cfg_attr(lede_abort, optimize(size))]
fn is_section_line(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let bytes = line.as_bytes();
    if let Some(name) = bytes
        .len()
        .checked_sub(5)
        .filter(|&cut| bytes[cut..].eq_ignore_ascii_case(b" news"))
        .map(|cut| &line[..cut])
    {
        return matches!(capitalised_words(name, b" ", 2, b""), Some(1..));
    }
    if bytes.contains(&b'|') {
        return matches!(capitalised_words(line, b" |", 6, b"&'-"), Some(2..));
    }
    // ("AUTOS" is asked as "AUTO" too.)
    use crate::entities::lexicon::is_common_word;
    capitalised_words(line, b" ", 1, b"") == Some(1)
        && (is_common_word(line)
            || matches!(bytes.last(), Some(b's' | b'S')) && is_common_word(&line[..line.len() - 1]))
}

/// A line of a dash alone, as under a dateline.
#[cfg_attr(lede_abort, optimize(size))]
fn is_dash_line(line: &str) -> bool {
    matches!(line, "-" | "--" | "–" | "—")
}

/// A part of a dateline on a line of its own: a place or an agency, up to
/// three capitalised words (a comma allowed: "Kyiv, Ukraine"), of at most
/// 40 bytes ("Washington", "CNN", "NEW YORK").
#[cfg_attr(lede_abort, optimize(size))]
fn is_dateline_part(line: &str) -> bool {
    line.len() <= 40 && matches!(capitalised_words(line, b" ,", 3, b"-.'"), Some(1..))
}

/// Labels that head a list of links, one a line (labels too: see
/// [`is_label`]), a semicolon apart and sorted, for [`in_phrases`].
const LIST_HEADINGS: &str =
    "explore more on these topics;more on this story;more stories;most popular;most read;\
     read also;read more;recommended;related;related articles;related content;related coverage;\
     related links;related stories;related topics;top stories;you may also like";

/// The kind of furniture `line` (one trimmed line) is, if it is.
#[inline(never)]
fn classify(line: &str) -> Option<Boilerplate> {
    // (Past `MAX_LINE`, only a line that ends with a bracket is read on,
    // for a wire's trailer.)
    let long = line.len() > MAX_LINE;
    if line.len() > MAX_TRAILER
        || line.is_empty()
        || long
            && !line.ends_with(')')
            && find(line, SPONSORED).is_none()
            && !line.starts_with(PRINT_NOTE)
    {
        return None;
    }
    // Nearly every line of prose opens with a letter, digit or quote and
    // closes with a full stop: most lines are settled by their length.
    let mut buffer = [0u8; MAX_TRAILER];
    let core = normalised(line, &mut buffer);
    if core.is_empty() {
        return None;
    }
    // Forms that cannot be a sentence of a story, whatever follows, in
    // brackets too: "(Reporting by ...; Editing by ...)".
    // "(Associated Press writers ... contributed to this report.)"
    let unbracketed = core.strip_prefix('(').unwrap_or(core);
    let unclosed = unbracketed
        .strip_suffix(')')
        .map_or(unbracketed, |c| c.trim_end_matches('.'));
    if after_any(unbracketed, WIRE_CREDITS).is_some()
        || ends_with_any(unclosed, CONTRIBUTED)
        // Bloomberg's "--With assistance from William Wilkes." and the
        // Indian papers' "(With inputs from PTI)" or "— With inputs from
        // Jane Doe", in those forms only, after a dash or in brackets
        // ("With assistance from the army, ..." is prose).
        || after_any(line, "--;—;–").is_some()
            && after_any(core, "with assistance from ;with inputs from ").is_some()
        || core.starts_with("(with inputs from ")
        // Bloomberg's contacts under its trailer: "Naomi Kresge in Berlin
        // at nkresge@bloomberg.net;".
        || is_contact_line(core)
        || after_any(core, AGENCIES) == Some("")
        // (Or on a line of its own: "AP video journalist Mike Stewart in
        // Atlanta contributed."; `normalised` has taken the full stop off,
        // and `unclosed` the one inside brackets.)
        || (unclosed.ends_with(" contributed")
            && after_any(unbracketed, "associated press ;ap ").is_some())
    {
        return Some(Boilerplate::Byline);
    }
    // A wire story's note in brackets of what its new version changes:
    // "(Updates with BYD shares in 11th paragraph.)", "(Adds analyst's
    // comment in paragraph 5)".
    if unbracketed.len() < core.len() && after_any(unbracketed, UPDATE_NOTES).is_some() {
        return Some(Boilerplate::Label);
    }
    if has(core, SPONSORED) || after_any(core, PAGE_NOTES).is_some() {
        // AP's note under a story its sponsors pay for ("The Associated
        // Press Health and Science Department receives support from ...
        // The AP is solely responsible for all content.").
        return Some(Boilerplate::Credit);
    }
    if long {
        return None;
    }
    // Credits written in a wire service's way, anywhere on the line: "A
    // view of the refinery. REUTERS/Edgar Su/File Photo".
    if (has(core, "/") && PICTURE_MARKS.iter().any(|mark| has(core, mark)))
        || core.ends_with("getty images")
        || has(core, "purchase licensing rights")
        || is_bracketed_credit(core)
        || is_rate_note(core)
    {
        return Some(Boilerplate::Credit);
    }
    if is_label(core) || has(core, "opens new tab") {
        // ("Link Copied!", "Our Standards: The Thomson Reuters Trust
        // Principles., opens new tab")
        return Some(Boilerplate::Label);
    }
    if after_any(core, "©;(c) ;copyright ").is_some() || has(core, "all rights reserved") {
        return Some(Boilerplate::Credit);
    }
    if let Some(rest) = labelled(core, PICTURE_LABELS, &[":"])
        .or_else(|| labelled(core, CAPTION_LABELS, &[",", ":"]))
    {
        if !rest.is_empty() {
            return Some(Boilerplate::Credit);
        }
    }
    if after_any(core, PICTURE_BY).is_some() {
        return Some(Boilerplate::Credit);
    }
    if after_any(core, "sign up;subscribe").is_some() && has(core, "newsletter")
        || has(core, "sign up to our newsletter")
    {
        // "Sign up to our newsletter", "Subscribe to our daily newsletter",
        // and after a sentence: "Get the latest news from the Echo. Sign
        // up to our newsletter here."
        return Some(Boilerplate::Label);
    }
    if line.len() > MAX_SHORT {
        return None;
    }
    if is_reported_from(line) {
        return Some(Boilerplate::Byline);
    }
    if ends_as_prose(line) {
        return None;
    }
    // (Or after a label of a few words: "AP golf: https://apnews.com/hub/golf".)
    // (Or after AP's "For more coverage of the 2025 Tony Awards, visit:".)
    let labelled_url = || {
        find(core, ": ").is_some_and(|colon| {
            is_url(&core[colon + 2..])
                && (words(&core[..colon], b" ").count() <= 4 || core.starts_with("for more "))
        })
    };
    if is_url(core) || labelled_url() {
        return Some(Boilerplate::Link);
    }
    if let Some(rest) = labelled(core, LINK_LABELS, &[":", " -", " –", " —", " |"]) {
        if !rest.is_empty() {
            return Some(Boilerplate::Link);
        }
    }
    if is_timestamp(core) {
        return Some(Boilerplate::Timestamp);
    }
    if is_picture_agency(core) {
        return Some(Boilerplate::Credit);
    }
    if is_button(core) {
        return Some(Boilerplate::Label);
    }
    if is_byline(line) || is_role_line(line) {
        return Some(Boilerplate::Byline);
    }
    // The BBC's "Reporting from Seoul", "Reporting from the Principality
    // Stadium, Cardiff" under the byline (short, no final full stop).
    if line.len() <= 60 && core.starts_with("reporting from ") {
        return Some(Boilerplate::Byline);
    }
    None
}

/// The verbs that open a wire story's note of its new version, in
/// brackets.
const UPDATE_NOTES: &str = "adds ;changes ;corrects ;recasts ;refiles ;repeats ;rewrites ;updates ";

/// An agency's sign-off under a story, its writers' and editors'
/// initials in small letters, joined by hyphens and slashes with one
/// slash at least: AFP's "bur-raz/rl", "sib-ah/jh", "mp/pm". Asked only
/// of the story's last line (furniture after it aside), as "and/or" or
/// "km/h" would pass it too. Deutsche Welle's names the agencies after it
/// in brackets: "mf/rm (dpa, Reuters, AFP)".
#[cfg_attr(lede_abort, optimize(size))]
fn is_desk_slug(line: &str) -> bool {
    let bytes = line.as_bytes();
    let bytes = match super::find_bytes(bytes, b" (") {
        Some(k)
            if bytes.len() - k <= 40
                && bytes.ends_with(b")")
                && bytes[k + 2..bytes.len() - 1]
                    .iter()
                    .all(|&b| b.is_ascii_alphabetic() || b == b',' || b == b' ') =>
        {
            &bytes[..k]
        }
        Some(_) => return false,
        None => bytes,
    };
    bytes.len() <= 32
        && bytes.contains(&b'/')
        && bytes
            .split(|&b| b == b'-' || b == b'/')
            .all(|part| (1..=5).contains(&part.len()) && part.iter().all(u8::is_ascii_lowercase))
}

/// `line` lower-cased (ASCII), its white space runs made one blank, and
/// the bullets and arrows around it taken off ("• Share", "Read more »",
/// "Loading..."), written into `buffer` (no allocation: it is never
/// longer than `line`, at most [`MAX_TRAILER`] bytes).
#[cfg_attr(lede_abort, optimize(size))]
fn normalised<'b>(line: &str, buffer: &'b mut [u8; MAX_TRAILER]) -> &'b str {
    let trimmed = trim_decoration(line)
        .trim_end_matches(|c: char| c.is_whitespace() || TRAILING.contains(&c));
    // Byte by byte: ASCII white space runs become one blank (other white
    // space inside a line of furniture is rare), the rest is copied,
    // ASCII capitals lowered. The output never outgrows the line.
    let mut len = 0;
    let mut blank = false;
    for &b in trimmed.as_bytes() {
        if b.is_ascii_whitespace() {
            blank = true;
            continue;
        }
        if blank {
            buffer[len] = b' ';
            len += 1;
            blank = false;
        }
        buffer[len] = b.to_ascii_lowercase();
        len += 1;
    }
    // Whole characters were copied: valid UTF-8.
    core::str::from_utf8(&buffer[..len]).unwrap_or("")
}

/// `line` without the bullets and white space that open it.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn trim_decoration(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || LEADING.contains(&c))
}

const LEADING: [char; 11] = ['•', '·', '*', '-', '–', '—', '|', '>', '»', '›', '▶'];
const TRAILING: [char; 12] = [':', '…', '.', '»', '›', '>', '→', '|', '▶', '-', '+', '!'];

/// Whether `line` ends as a sentence does: a full stop (not an ellipsis)
/// or an exclamation mark, before any closing quotes or brackets.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn ends_as_prose(line: &str) -> bool {
    let end = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
    });
    (end.ends_with('.') && !end.ends_with("..")) || end.ends_with('!')
}

// The helpers below are kept out of line: inlined with the word lists,
// each comparison with each word became code of its own (the wasm grew
// twice as much), for lines that are rare and short.

/// The rest of `s` after the first of `prefixes` it starts with. The lists
/// of these helpers are one string each, a semicolon apart (an array of
/// strings costs a pointer and a length an entry).
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn after_any<'s>(s: &'s str, prefixes: &str) -> Option<&'s str> {
    // (An entry is whole characters: the slice falls on a boundary.)
    entries(prefixes).find_map(|p| s.as_bytes().starts_with(p).then(|| &s[p.len()..]))
}

/// Where `s` first holds `needle`.
#[inline(never)]
fn find(s: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (s.as_bytes(), needle.as_bytes());
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    // The needle's first byte is looked for eight bytes a step (a line is
    // asked for several needles), and the rest compared only there.
    let mut i = 0;
    while i <= last_start {
        let k = find_either(hay, i, last_start + 1, first, first);
        if k > last_start {
            return None;
        }
        if hay[k + 1..k + needle.len()] == *rest {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

/// [`super::lexicon::is_day_or_month`], once in the code.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn day_or_month(word: &str) -> bool {
    super::lexicon::is_day_or_month(word)
}

/// Whether `word` opens with a capital letter.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `s` without the ASCII bytes of `set` at its end.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn trim_end_of<'s>(s: &'s str, set: &[u8]) -> &'s str {
    let kept = s.bytes().rev().take_while(|b| set.contains(b)).count();
    &s[..s.len() - kept]
}

/// `s` without the ASCII bytes of `set` at its start.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn trim_start_of<'s>(s: &'s str, set: &[u8]) -> &'s str {
    let cut = s.bytes().take_while(|b| set.contains(b)).count();
    &s[cut..]
}

/// The words of a line, split at the ASCII bytes of `separators`, empty
/// ones skipped (other white space in a byline or a date is rare, and
/// costs no more than a missed line of furniture).
struct Words<'s> {
    rest: &'s str,
    separators: &'static [u8],
}

#[cfg_attr(lede_abort, optimize(size))]
fn words<'s>(line: &'s str, separators: &'static [u8]) -> Words<'s> {
    Words {
        rest: line,
        separators,
    }
}

impl<'s> Iterator for Words<'s> {
    type Item = &'s str;

    #[inline(never)]
    #[cfg_attr(lede_abort, optimize(size))]
    fn next(&mut self) -> Option<&'s str> {
        let rest = trim_start_of(self.rest, self.separators);
        if rest.is_empty() {
            self.rest = rest;
            return None;
        }
        let end = rest
            .bytes()
            .position(|b| self.separators.contains(&b))
            .unwrap_or(rest.len());
        self.rest = &rest[end..];
        Some(&rest[..end])
    }
}

#[cfg_attr(lede_abort, optimize(size))]
fn has(s: &str, needle: &str) -> bool {
    find(s, needle).is_some()
}

/// Whether `s` ends with one of `words` (a semicolon apart), as a whole
/// word (after a blank or a slash, or alone).
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn ends_with_word(s: &str, words: &str) -> bool {
    entries(words).any(|w| {
        s.as_bytes()
            .strip_suffix(w)
            .is_some_and(|before| before.is_empty() || matches!(before.last(), Some(b' ' | b'/')))
    })
}

/// The rest of `s` after one of `labels` (a semicolon apart) and one of
/// `separators` (":", " -", ...), if `s` starts so; "" when `s` is just
/// the label.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn labelled<'s>(s: &'s str, labels: &str, separators: &[&str]) -> Option<&'s str> {
    for label in entries(labels) {
        if !s.as_bytes().starts_with(label) {
            continue;
        }
        let rest = &s[label.len()..];
        if rest.is_empty() {
            return Some(rest);
        }
        for sep in separators {
            if let Some(after) = rest.strip_prefix(sep) {
                return Some(after.trim_start());
            }
        }
    }
    None
}

/// The ends of a line that credits a contributor: "CNN's Manu Raju
/// contributed to this report."
const CONTRIBUTED: &str =
    "contributed to this report;contributed to this story;contributed to this article;\
     contributed reporting";

/// A news agency's name alone on a line, as under a byline ("THE CANADIAN
/// PRESS") or under the story (none the start of another).
const AGENCIES: &str =
    "afp;agence france-presse;associated press;reuters;the associated press;the canadian press;\
     the press association;upi";

/// What AP writes under a story its sponsors pay for.
const SPONSORED: &str = "solely responsible for all content";

/// A paper's notes on the page rather than the story, as a line opens:
/// the New York Times's print edition ("A version of this article appears
/// in print on April 14, 2025, Section A, Page 1 of the New York edition
/// with the headline: ..."), a correction ("This article was amended on 21
/// January 2025. An earlier version said ..."), Dawn's ("Published in
/// Dawn, June 11th, 2024") and Al Jazeera's ("SOURCE: AL JAZEERA AND NEWS
/// AGENCIES").
const PAGE_NOTES: &str =
    "a version of this article appears in print;before it's here, it's on the bloomberg terminal;\
     editor's note: ;published in dawn, ;source: al jazeera;this article was amended on ";

/// The New York Times's print note, which may run past [`MAX_LINE`] with
/// a long headline, as a line opens.
const PRINT_NOTE: &str = "A version of this article appears in print";

/// Marks of a picture's credit that prose never holds (besides "Purchase
/// Licensing Rights" and a line that ends in "Getty Images"), each with a
/// slash.
const PICTURE_MARKS: [&str; 4] = ["reuters/", "/file photo", "ap photo/", "aap image/"];

/// Whether `s` ends with one of `ends` (a semicolon apart).
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn ends_with_any(s: &str, ends: &str) -> bool {
    entries(ends).any(|e| s.as_bytes().ends_with(e))
}

/// A credit alone in brackets: "(Supplied: NSW RFS)", "(ABC News: Jane
/// Doe)": a few words, a colon, a few words.
#[cfg_attr(lede_abort, optimize(size))]
fn is_bracketed_credit(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    let Some(colon) = find(inner, ": ") else {
        return false;
    };
    let (source, name) = (&inner[..colon], &inner[colon + 2..]);
    let short = |part: &str| (1..=5).contains(&words(part, b" ").count());
    inner.len() <= 80 && short(source) && short(name)
}

/// A wire's note of the exchange rate the story's sums were converted at,
/// in brackets: "($1 = 0.9186 euros)", "(£1 = $1.2705)", "($1 = 83.5300
/// Indian rupees)": a one with a currency's sign or word, " = ", a number.
#[cfg_attr(lede_abort, optimize(size))]
fn is_rate_note(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    let Some(equals) = find(inner, " = ") else {
        return false;
    };
    let (one, rate) = (&inner[..equals], &inner[equals + 3..]);
    inner.len() <= 60
        && one.len() <= 12
        && (one.ends_with('1') || one.starts_with("1 "))
        && rate
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .starts_with(|c: char| c.is_ascii_digit())
}

/// A web address alone: "abc.net.au/news/bushfire-threatens-homes/104567",
/// "https://www.example.com".
#[cfg_attr(lede_abort, optimize(size))]
fn is_url(s: &str) -> bool {
    !s.contains(' ')
        && (after_any(s, "http://;https://;www.").is_some()
            || find(s, "/").is_some_and(|slash| s[..slash].contains('.')))
}

/// Wire-service trailers and credit lines that name who wrote the story.
const WIRE_CREDITS: &str = "reporting by ;additional reporting by ;with files from ;\
     to contact the editor responsible for this story;\
     to contact the editors responsible for this story;to contact the reporter on this story;\
     to contact the reporters on this story;this report by the canadian press ;written by ;\
     words by ;story by ;editing by ;compiled by ;text by ;interviews by ;research by ";

/// Labels of a picture's credit or caption ("Photo: ..."), before a
/// colon.
const PICTURE_LABELS: &str =
    "photo credit;photograph;photos;photo;pictures;picture;image credits;image credit;images;image;\
     credit;\
     caption;illustration";

/// Labels of a picture's credit or caption that a comma may end too
/// ("Image source, Getty Images").
const CAPTION_LABELS: &str = "image source;image caption;media caption";

/// "Photo by ..." and the like.
const PICTURE_BY: &str =
    "photo by ;photos by ;photograph by ;photography by ;picture by ;image by ";

/// Labels of a link to other pages ("Read more: ...").
const LINK_LABELS: &str =
    "read more;read next;read also;also read;see also;also see;related topics;related;\
     explore more on these topics;more on this;more;watch;listen;video;topics;tags;filed under";

/// The whole-line labels and buttons of news pages (normalised: lower
/// case, one blank between words, no final punctuation), a semicolon apart
/// and sorted, for [`in_phrases`].
const LABELS: &str = "ad;add comment;ads;advertisement;advertisements;advertising;\
     article continues after advertisement;article continues below;\
     article continues below advertisement;audio;back to top;bookmark;caption;close;comment;\
     comments;content continues below;continue reading;continue reading below;copy link;copy url;\
     e-mail;editor's picks;email;enlarge;enlarge image;expand;follow;follow us;fullscreen;\
     gallery;help keep family & friends informed by sharing this article;hide caption;home;image;\
     join the conversation;keep reading;latest;latest news;leave a comment;link copied;listen;\
     listen to this article;listen to this story;load more;loading;log in;login;menu;more;\
     more from;most viewed;newsletter;newsletters;open image;\
     order reprints | today's paper | subscribe;our standards;\
     our standards: the thomson reuters trust principles;paid content;paid post;partner content;\
     pause;photo;photos;play;print;promoted;promoted content;published;purchase licensing rights;\
     read full article;read full story;read more about;read the full article;read the full story;\
     recommended for you;register;reuse this content;save;save article;save for later;saved;\
     scroll to continue;search;see more;share;share article;share story;share this;\
     share this article;share this story;show caption;show comments;show more;sign in;sign up;\
     skip;skip ad;skip advertisement;skip to content;skip to main content;skip to navigation;\
     sponsored;sponsored content;story continues below;story continues below advertisement;\
     subscribe;subscribe now;toggle caption;trending;trending now;tweet;updated;video;\
     view comments;view gallery;view image;view more;you might also like";

#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn is_label(s: &str) -> bool {
    in_phrases(LABELS, s) || in_phrases(LIST_HEADINGS, s)
}

/// Whether `s` is one of `phrases`: a list written as one string, a
/// semicolon apart and sorted (see [`super::lexicon::in_words`]).
#[cfg_attr(lede_abort, optimize(size))]
fn in_phrases(phrases: &str, s: &str) -> bool {
    super::lexicon::in_sorted(phrases.as_bytes(), b';', s.as_bytes())
}

/// The entries of a list of these helpers, a semicolon apart, as bytes
/// (no `split` by a character, whose searcher costs a `memchr` call an
/// entry).
#[cfg_attr(lede_abort, optimize(size))]
fn entries(list: &str) -> impl Iterator<Item = &[u8]> {
    list.as_bytes().split(|&b| b == b';')
}

/// Sites to share on or follow.
const PLATFORMS: &str =
    "bluesky;e-mail;email;facebook;instagram;linkedin;messenger;pinterest;reddit;telegram;\
     threads;tiktok;twitter;whatsapp;x;youtube;google news";

/// "Share on Facebook", "Share via email", "Follow us on Instagram" (a
/// newsletter's button is read before the test of prose: see
/// [`classify`]).
#[cfg_attr(lede_abort, optimize(size))]
fn is_button(s: &str) -> bool {
    if let Some(rest) = after_any(s, "share on ;share via ;share to ") {
        return ends_with_word(rest, PLATFORMS);
    }
    // "Follow us on X", "Follow ABC News on Facebook".
    s.strip_prefix("follow ").is_some_and(|rest| {
        find(rest, " on ").is_some_and(|at| ends_with_word(&rest[at + 4..], PLATFORMS))
    })
}

/// "Updated 3 hours ago", "Published: 12 March 2024", "Posted Tue 12 Mar
/// 2024 at 3:45pm", "5 min read", "3-minute read".
#[cfg_attr(lede_abort, optimize(size))]
fn is_timestamp(s: &str) -> bool {
    let labels =
        "last updated;first published;first posted;last modified;updated;published;posted;modified";
    if let Some(rest) = after_any(s, labels) {
        let rest = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix(','))
            .unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let rest = after_any(rest, "on ;at ").unwrap_or(rest);
        let first = words(rest, b" ,").next().unwrap_or("");
        return first.starts_with(|c: char| c.is_ascii_digit())
            || day_or_month(trim_end_of(first, b"."));
    }
    if is_relative_time(s) || is_date_line(s) {
        return true;
    }
    // A date glued by the copy to the label after it: "November 4,
    // 20245:12 AM GMTUpdated 2 hours ago".
    for label in ["updated", "published"] {
        if let Some(at) = find(s, label).filter(|&at| at > 0) {
            let (date, rest) = s.split_at(at);
            return is_date_line(date.trim_end()) && is_timestamp(rest);
        }
    }
    // Reading time.
    let Some(rest) = s.strip_suffix(" read") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let unit = trim_start_of(&rest[digits..], b" -");
    matches!(unit, "min" | "mins" | "minute" | "minutes")
}

/// A writer's contact under a story: a line that ends in an e-mail
/// address after "at" ("naomi kresge in berlin at nkresge@bloomberg.net").
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn is_contact_line(s: &str) -> bool {
    let s = trim_end_of(s, b";,");
    s.len() <= 120
        && s.as_bytes().contains(&b'@')
        && s.as_bytes()
            .windows(4)
            .rposition(|w| w == b" at ")
            .is_some_and(|at| {
                let address = &s[at + 4..];
                !address.as_bytes().contains(&b' ')
                    && find(address, "@")
                        .is_some_and(|at| at > 0 && find(&address[at..], ".").is_some())
            })
}

/// "2 hours ago", "3 days ago", "an hour ago".
#[cfg_attr(lede_abort, optimize(size))]
fn is_relative_time(s: &str) -> bool {
    let Some(rest) = s.strip_suffix(" ago") else {
        return false;
    };
    let Some((count, unit)) = rest.split_once(' ') else {
        return false;
    };
    (count.bytes().all(|b| b.is_ascii_digit()) || matches!(count, "a" | "an" | "one"))
        && [
            "sec", "second", "min", "minute", "hr", "hour", "day", "week", "month", "year",
        ]
        .contains(&trim_end_of(unit, b"s"))
}

/// A line of a date and time alone: "Tue 5 Nov 2024 15.45 AEDT", "March
/// 3, 2024 at 3:45pm", "12/03/2024 09:30 GMT": every word a number (or a
/// time), a day or month, a time zone, "am"/"pm" or "at", with a day or
/// month and a number among them.
#[cfg_attr(lede_abort, optimize(size))]
fn is_date_line(s: &str) -> bool {
    let (mut named, mut numbered) = (false, false);
    for word in words(s, b" ,") {
        let bare = trim_end_of(word, b".");
        if bare.starts_with(|c: char| c.is_ascii_digit()) {
            // "5", "2024", "15.45", "3:45pm", "12/03/2024", "5th": a date
            // in figures ("12/03/2024") names its day and month too.
            numbered = true;
            named |= bare.contains('/');
            let tail = trim_start_of(bare, b"0123456789.:/-");
            if !matches!(tail, "" | "am" | "pm" | "st" | "nd" | "rd" | "th" | "h") {
                return false;
            }
        } else if day_or_month(bare) {
            named = true;
        } else if !(matches!(
            bare,
            "am" | "pm" | "at" | "|" | "-" | "–" | "updated" | "published"
        ) || is_time_zone(bare))
        {
            return false;
        }
    }
    named && numbered
}

/// Time zones' abbreviations, a blank apart and sorted, for
/// [`super::lexicon::in_words_as_written`].
const TIME_ZONES: &str =
    "acdt acst aedt aest awst bst cdt cest cet cst edt eest eet est gmt hkt ist jst mdt mst nzdt \
     nzst pdt pst sgt utc";

/// A time zone's abbreviation ("aedt", "gmt", "utc+10"), lower-cased.
#[cfg_attr(lede_abort, optimize(size))]
fn is_time_zone(word: &str) -> bool {
    let letters = words(word, b"+-").next().unwrap_or("");
    super::lexicon::in_words_as_written(TIME_ZONES, letters)
}

/// Words that end a writer's role in a byline ("Transport correspondent",
/// "Jane Citizen Economics correspondent").
const WRITER_ROLES: [&str; 9] = [
    "columnist",
    "contributor",
    "correspondent",
    "editor",
    "journalist",
    "presenter",
    "producer",
    "reporter",
    "writer",
];

/// A line of at most six words that ends in a writer's role in lower case,
/// every word before it capitalised but the one right before the role
/// ("Transport correspondent", "Jane Citizen Economics correspondent",
/// "BBC News, Washington correspondent", "BBC Scotland political
/// correspondent"), perhaps with the outlet after a comma ("Culture
/// reporter, BBC News"); the role capitalised after an agency's capitals
/// ("AP Entertainment Writer"); not "Tributes flow for veteran war
/// correspondent".
#[cfg_attr(lede_abort, optimize(size))]
fn is_role_line(line: &str) -> bool {
    let line = match find(line, ", ") {
        Some(at)
            if matches!(
                capitalised_words(&line[at + 2..], b" ", 3, b"-'."),
                Some(1..)
            ) =>
        {
            &line[..at]
        }
        _ => line,
    };
    let mut count = 0;
    let (mut first, mut before, mut last) = ("", "", "");
    for word in words(line, b" ") {
        count += 1;
        if count > 6 || !(before.is_empty() || capitalised(before) || matches!(before, "&" | "and"))
        {
            return false;
        }
        if count == 1 {
            first = word;
        }
        (before, last) = (last, word);
    }
    let agency = || first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase());
    count >= 2
        && capitalised(first)
        && (WRITER_ROLES.contains(&last)
            || agency()
                && capitalised(last)
                && WRITER_ROLES
                    .iter()
                    .any(|role| role.eq_ignore_ascii_case(last)))
}

/// A line that is a name alone: two to four capitalised words of letters,
/// hyphens, apostrophes and full stops ("Tom Edwards", "Mary-Jane
/// O'Neil").
#[cfg_attr(lede_abort, optimize(size))]
fn is_name_line(line: &str) -> bool {
    matches!(capitalised_words(line, b" ", 4, b"-'."), Some(2..))
}

/// The number of words of `line` (split at `separators`), if it has at
/// most `max` and each is capitalised and made of letters and the bytes
/// of `also` (any character past ASCII passes: a name's letters, or a
/// curly apostrophe). What a name, a place or an agency alone on a line
/// is made of.
#[inline(never)]
#[cfg_attr(lede_abort, optimize(size))]
fn capitalised_words(
    line: &str,
    separators: &'static [u8],
    max: usize,
    also: &[u8],
) -> Option<usize> {
    let mut count = 0;
    for w in words(line, separators) {
        count += 1;
        if count > max
            || !capitalised(w)
            || !w
                .bytes()
                .all(|b| b >= 0x80 || b.is_ascii_alphabetic() || also.contains(&b))
        {
            return None;
        }
    }
    Some(count)
}

/// A picture agency's credit on its own: "Getty", "Alamy Stock Photo",
/// "AFP/Jane Doe". (A line that ends in "Getty Images" or holds
/// "REUTERS/", "AAP Image/" or "AP Photo/" was told a credit before the
/// test of prose: see [`classify`].)
#[cfg_attr(lede_abort, optimize(size))]
fn is_picture_agency(s: &str) -> bool {
    ends_with_word(s, "getty;shutterstock;alamy;alamy stock photo")
        || after_any(s, "aap/;afp/;epa/;epa-efe/").is_some()
}

/// Words that may stand lower-case inside a byline's names, a blank apart
/// and sorted, for [`super::lexicon::in_words`].
const NAME_PARTICLES: &str = "& al and at bin da de del den der di dos du for in la le van von";

/// AP's line under a story saying where a writer worked from: a name of up
/// to three capitalised words, "reported from", and a place of up to four
/// ("Stobbe reported from New York.", "Seewer reported from Toledo,
/// Ohio."); not "Officials reported from the scene".
#[cfg_attr(lede_abort, optimize(size))]
fn is_reported_from(line: &str) -> bool {
    let line = trim_end_of(trim_decoration(line), b".");
    find(line, " reported from ").is_some_and(|at| {
        matches!(capitalised_words(&line[..at], b" ", 3, b"-'."), Some(1..))
            && matches!(
                capitalised_words(&line[at + 15..], b" ,", 4, b"-'."),
                Some(1..)
            )
    })
}

/// A byline without "By": writers, each of two to four capitalised words,
/// "in" and a place of one to three or not, at least one with a place
/// ("Kathrin Hille in Taipei and Michael Acton in San Francisco", "Ed
/// Pilkington in New York", "Fiona Harvey and Damian Carrington in Baku"),
/// or none when `unplaced` (the line right under the headline: "Michael
/// Read and Ronald Mizen") and they are two or three, joined by "and" or
/// commas, at most three; of at most 120 bytes, with no full stop at its
/// end.
#[cfg_attr(lede_abort, optimize(size))]
fn is_located_byline(line: &str, unplaced: bool) -> bool {
    if line.len() > 120 || ends_as_prose(line) {
        return false;
    }
    let mut rest = line;
    let mut located = false;
    for writers in 1..=3 {
        let next = [", and ", " and ", ", "]
            .iter()
            .filter_map(|sep| find(rest, sep).map(|i| (i, sep.len())))
            .min();
        let (writer, more) = match next {
            Some((i, len)) => (&rest[..i], Some(&rest[i + len..])),
            None => (rest, None),
        };
        let (name, place) = match find(writer, " in ") {
            Some(at) => (&writer[..at], Some(&writer[at + 4..])),
            None => (writer, None),
        };
        if !matches!(capitalised_words(name, b" ", 4, b"-'."), Some(2..))
            || place.is_some_and(|p| !matches!(capitalised_words(p, b" ", 3, b"-'."), Some(1..)))
        {
            return false;
        }
        located |= place.is_some();
        match more {
            Some(more) => rest = more,
            None => return located || unplaced && writers > 1,
        }
    }
    false
}

/// Whether `word` separates a byline's name from what follows it.
#[cfg_attr(lede_abort, optimize(size))]
fn separator(word: &str) -> bool {
    matches!(word, "|" | "-" | "–" | "—" | "/" | "·" | "•")
}

/// "By Jane Smith", "By JANE SMITH and John Doe", "By Jane Smith, Political
/// Reporter", "By Jane Smith in Canberra | Reuters": "By" and then
/// capitalised words (or particles) up to a separator, after which
/// anything goes; not "By Friday" or "By 2030", nor "By the time ...".
#[cfg_attr(lede_abort, optimize(size))]
fn is_byline(line: &str) -> bool {
    let line = trim_decoration(line);
    // After the desk or the site: "ABC Central West / By Hamish Cole".
    let line = [" / ", " | "]
        .iter()
        .find_map(|sep| {
            find(line, sep)
                .map(|at| &line[at + sep.len()..])
                .filter(|after| after.starts_with("By "))
        })
        .unwrap_or(line);
    let Some(rest) = after_any(line, "By ;BY ;by ") else {
        return false;
    };
    // ("By environment reporter Jo Khan": the writer's role first, in lower
    // case.)
    let rest = if rest.starts_with(|c: char| c.is_ascii_lowercase()) {
        ["reporter ", "correspondent ", "editor ", "writer "]
            .iter()
            .find_map(|role| {
                find(rest, role)
                    .filter(|&at| at < 40)
                    .map(|at| &rest[at + role.len()..])
            })
            .unwrap_or(rest)
    } else {
        rest
    };
    // (Lines are split at blanks only: other white space in a byline is
    // rare, and costs no more than a missed byline.)
    let mut line_words = words(rest, b" ");
    let Some(first) = line_words.next() else {
        return false;
    };
    let first_word = trim_end_of(first, b",:;");
    // ("By Jan Lopatka": a month's short form that is a given name, before
    // a capitalised word.)
    let name_after = || words(rest, b" ").nth(1).is_some_and(capitalised);
    if !capitalised(first_word)
        || day_or_month(first_word) && !name_after()
        || first_word.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // (Counted to a separator: "By Echo Wang and Krystal Hu | March 28,
    // 2025 | 4:47 PM EDT".)
    if words(rest, b" ").take_while(|w| !separator(w)).count() > 12 {
        return false;
    }
    if matches!(first.as_bytes().last(), Some(b',' | b';')) {
        return true;
    }
    for word in line_words {
        if separator(word) {
            return true;
        }
        let bare = trim_end_of(word, b",;");
        // ("by Basten Gokkon on 14 March 2024": the day it was written.)
        if bare == "on" {
            return true;
        }
        if !capitalised(bare) && !super::lexicon::in_words(NAME_PARTICLES, bare) {
            return false;
        }
        if bare.len() != word.len() {
            // A comma or semicolon: a role, a place or a desk follows.
            return true;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<String> {
        classify(line).map(|k| {
            serde_json::to_value(k)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
    }

    #[test]
    fn page_labels_and_buttons_are_labels() {
        for line in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Share this article",
            "• Share",
            "Read more »",
            "Loading...",
            "Skip to main content",
            "Share on Facebook",
            "Share via Email",
            "Follow us on Twitter",
            "Follow ABC News on Instagram",
            "Sign up to our daily newsletter",
            "Subscribe to The Morning Briefing newsletter",
            "Listen to this article",
        ] {
            assert_eq!(kind(line).as_deref(), Some("label"), "{line}");
        }
    }

    #[test]
    fn links_bylines_credits_and_timestamps_are_told_apart() {
        for (line, expected) in [
            ("Read more: Bushfire threatens homes near Sydney", "link"),
            ("READ MORE: Why the fire season is getting longer?", "link"),
            ("Related: Qantas to cut 2,000 jobs", "link"),
            ("Topics: bushfire, emergency-incidents, sydney", "link"),
            ("AP golf: https://apnews.com/hub/golf", "link"),
            ("By Jane Smith", "byline"),
            ("By JANE SMITH and John Doe", "byline"),
            (
                "By Echo Wang and Krystal Hu | March 28, 2025 | 4:47 PM EDT",
                "byline",
            ),
            ("By Stephan Shemilt at Old Trafford", "byline"),
            ("By Jan Lopatka and Krisztina Than", "byline"),
            ("By Jane Smith, political reporter", "byline"),
            ("By Jane Smith in Canberra | Reuters", "byline"),
            ("By The Associated Press", "byline"),
            ("By Anna Koper and Stephanie van den Berg", "byline"),
            ("By Ursula von Sydow and Ana dos Santos", "byline"),
            ("THE CANADIAN PRESS", "byline"),
            ("Reuters", "byline"),
            ("— With files from Colette Derworiz in Calgary", "byline"),
            (
                "This report by The Canadian Press was first published July 26, 2024.",
                "byline",
            ),
            ("Stobbe reported from New York.", "byline"),
            ("Seewer reported from Toledo, Ohio.", "byline"),
            (
                "The Associated Press Health and Science Department receives support from the \
                 Howard Hughes Medical Institute's Science and Educational Media Group and the \
                 Robert Wood Johnson Foundation. The AP is solely responsible for all content.",
                "credit",
            ),
            (
                "Get the latest news and updates from the Southern Daily Echo. Sign up to our \
                 newsletter here.",
                "label",
            ),
            ("Sign up to our newsletter.", "label"),
            (
                "Reporting by Byron Kaye in Sydney; Editing by Jane Wardell.",
                "byline",
            ),
            (
                "(Reporting by Max A. Cherney in San Francisco; Editing by Matthew Lewis)",
                "byline",
            ),
            ("Photo: Dean Lewins/AAP", "credit"),
            (
                "Photo: Firefighters battle the blaze near Lithgow. (ABC News: Jane Doe)",
                "credit",
            ),
            ("Image source, Getty Images", "credit"),
            ("AFP via Getty Images", "credit"),
            ("AAP Image/Lukas Coch", "credit"),
            ("© 2024 Reuters. All rights reserved.", "credit"),
            ("Copyright 2001 The Sydney Morning Herald", "credit"),
            ("Updated 3 hours ago", "timestamp"),
            ("Published: 12 March 2024, 3:45pm", "timestamp"),
            ("Posted Tue 12 Mar 2024 at 3:45pm", "timestamp"),
            ("Last updated on March 3", "timestamp"),
            ("5 min read", "timestamp"),
            ("3-minute read", "timestamp"),
        ] {
            assert_eq!(kind(line).as_deref(), Some(expected), "{line}");
        }
    }

    #[test]
    fn prose_headlines_and_subheadings_are_not_furniture() {
        for line in [
            "By Friday the fire had burnt 30,000 hectares.",
            "By Friday",
            "By Jan. 31",
            "By March 2025",
            "By 2030",
            "By the numbers",
            "By land and by sea, the rescue went on",
            "Share prices fell",
            "Share prices fell sharply on Monday after the report.",
            "Updated figures show 3 million jobs lost",
            "Published reports say the talks failed.",
            "Watch the skies, residents told.",
            "More than 300 homes were destroyed.",
            "More rain forecast for flooded towns",
            "Related charges were laid on Tuesday.",
            "Photographers were kept away from the site.",
            "Photo, video and audio evidence was put to the court",
            "More, and faster, trains for the west",
            "Images of the blaze were shared widely on social media.",
            "Follow the money",
            "Subscribers lost access to the site for hours.",
            "Officials reported from the scene that two people died.",
            "Reuters reported from Kyiv that the talks had ended.",
            "This report by the watchdog was published on Monday.",
            "The newsletter, she said, reached 20,000 readers.",
            "Bushfire threatens homes near Sydney",
            "Iran, Russia sign strategic partnership deal",
            "The five parties that signed it: Labour, the Greens, the SNP, Plaid and the Lib Dems",
            "",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    #[test]
    fn long_lines_are_never_furniture() {
        let long = format!("Advertisement {}", "word ".repeat(60));
        assert_eq!(kind(&long), None);
        let long_byline = format!("By Jane Smith {}", "And ".repeat(30));
        assert_eq!(kind(&long_byline), None);
        // But a wire's trailer in brackets of up to 400 bytes is one, and
        // no other long line that ends with a bracket.
        let trailer = "(Reporting by Suleiman Al-Khalidi in Amman, Maya Gebeily and Laila \
                       Bassam in Beirut, Timour Azhari in Baghdad and Parisa Hafezi in Dubai; \
                       Writing by Michael Georgy; Editing by Frances Kerry and Alex Richardson)";
        assert!(trailer.len() > MAX_LINE, "{}", trailer.len());
        assert_eq!(kind(trailer).as_deref(), Some("byline"));
        let prose = format!(
            "{} (all rights reserved)",
            "The court heard the case. ".repeat(9)
        );
        assert!(prose.len() > MAX_LINE);
        assert_eq!(kind(&prose), None);
        let longer = format!("(Reporting by Jane Smith {})", "and John Doe ".repeat(30));
        assert!(longer.len() > MAX_TRAILER);
        assert_eq!(kind(&longer), None);
    }

    #[test]
    fn lines_up_to_the_limit_fit_the_buffer_in_any_script() {
        for piece in ["a", "É", "\u{3000}", "€ ", " \u{2028}", "😀", "ﬃ", "İ"] {
            let mut line = String::new();
            while line.len() + piece.len() <= MAX_TRAILER {
                line.push_str(piece);
                // Any length up to the limit: no panic, and no furniture.
                assert_eq!(classify(&line), None, "{line:?}");
            }
        }
    }

    #[test]
    fn a_date_glued_to_the_label_after_it_is_a_timestamp() {
        for line in [
            "November 4, 20245:12 AM GMTUpdated 2 hours ago",
            "Tue 5 Nov 2024Published 9.30 AEDT",
        ] {
            assert_eq!(kind(line).as_deref(), Some("timestamp"), "{line}");
        }
        for line in [
            "Prices updated 2 hours ago",
            "November 4 Updated plans for the town",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    #[test]
    fn dates_relative_times_and_writers_roles_alone_on_a_line() {
        for (line, expected) in [
            ("2 hours ago", "timestamp"),
            ("An hour ago", "timestamp"),
            ("Tue 5 Nov 2024 15.45 AEDT", "timestamp"),
            ("March 3, 2024 at 3:45pm", "timestamp"),
            ("12/03/2024 09:30 GMT", "timestamp"),
            ("Transport correspondent", "byline"),
            ("Jane Citizen Economics correspondent", "byline"),
            ("Explore more on these topics", "label"),
            ("Link Copied!", "label"),
            (
                "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
                "label",
            ),
            ("CNN's Manu Raju contributed to this report.", "byline"),
            (
                "(Associated Press writers Jeffrey Collins in Columbia, South Carolina, \
                 and Sarah Brumfield in Washington contributed to this report.)",
                "byline",
            ),
            (
                "(Associated Press writers Devi Shastri in Milwaukee and Jamie Stengle \
                 in Dallas contributed.)",
                "byline",
            ),
            (
                "AP video journalist Mike Stewart in Atlanta and science writer Seth \
                 Borenstein in Washington contributed.",
                "byline",
            ),
            ("ABC Central West / By Hamish Cole", "byline"),
            (
                "Item 1 of 2 A view of the refinery in Singapore, March 5, 2024. \
                 REUTERS/Edgar Su/File Photo",
                "credit",
            ),
            ("(Supplied: NSW RFS)", "credit"),
            ("abc.net.au/news/bushfire-threatens-homes/104567890", "link"),
            ("https://www.example.com", "link"),
        ] {
            assert_eq!(kind(line).as_deref(), Some(expected), "{line}");
        }
        for line in [
            "3 days ago the fire began.",
            "5 Nov 2024 rally draws thousands",
            "2024 in review",
            "Tributes flow for veteran war correspondent",
            "Veteran War Correspondent Dies",
            "Tom Edwards",
            "Share the load!",
            "(The figures are rounded.)",
            "(Prices: see below, from the company's report of last week's sales)",
            "Smith contributed $5 million to the fund.",
            "(All of them contributed.)",
            "Apple and Google contributed.",
            "km/h",
            "and/or",
            "Party A / Party B",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    /// The kinds [`classify_lines`] gives the lines of `text` (as serde
    /// names them), with each line's text.
    fn in_context(text: &str) -> Vec<(&str, Option<&'static str>)> {
        let (lines, blocks) = super::super::paragraphs::split(text);
        let kinds = classify_lines(text, &lines, &blocks);
        lines
            .iter()
            .zip(kinds)
            .map(|(l, k)| {
                let k = k.map(|k| {
                    let name = serde_json::to_value(k).unwrap();
                    ["byline", "credit", "timestamp", "link", "label"]
                        .into_iter()
                        .find(|n| name == *n)
                        .unwrap()
                });
                (l.of(text), k)
            })
            .collect()
    }

    #[test]
    fn a_list_under_its_heading_and_a_name_over_a_role_are_furniture() {
        let text = "Strike goes on\n\nTom Edwards\nTransport correspondent\n\n\
                    The strike went on.\n\nRelated topics\nRail strikes\nLeeds\n\n\
                    Leeds was quiet.\n\nMore on this story\nWhy are workers striking?\n\
                    The union said it would talk.\nIts leader agreed";
        let kinds = in_context(text);
        assert_eq!(
            kinds,
            [
                ("Strike goes on", None),
                ("Tom Edwards", Some("byline")),
                ("Transport correspondent", Some("byline")),
                ("The strike went on.", None),
                ("Related topics", Some("label")),
                ("Rail strikes", Some("link")),
                ("Leeds", Some("link")),
                // A new paragraph ends the list.
                ("Leeds was quiet.", None),
                ("More on this story", Some("label")),
                ("Why are workers striking?", Some("link")),
                // A line of prose ends it too, and what follows is no link.
                ("The union said it would talk.", None),
                ("Its leader agreed", None),
            ]
        );
        // Copied with no blank lines at all, the text is read as one
        // paragraph: the same lines are furniture.
        let flat: String = text
            .lines()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(in_context(&flat), kinds);
        // A name alone with no role under it is no byline.
        let got = in_context("Tom Edwards\nsaid the strike would end");
        assert!(got.iter().all(|(_, k)| k.is_none()), "{got:?}");
    }

    #[test]
    fn a_section_name_over_the_headline_and_a_dateline_over_a_dash_are_furniture() {
        let text = "Australia news\nRates on hold\n\nWashington\nCNN\n —\nThe Senate voted.\n\n\
                    Kyiv, Ukraine\n–\nThe talks ended.";
        let kinds = in_context(text);
        assert_eq!(
            kinds,
            [
                ("Australia news", Some("label")),
                ("Rates on hold", None),
                ("Washington", Some("byline")),
                ("CNN", Some("byline")),
                ("—", Some("byline")),
                ("The Senate voted.", None),
                ("Kyiv, Ukraine", Some("byline")),
                ("–", Some("byline")),
                ("The talks ended.", None),
            ]
        );
        // The section's name only first in the text, over another line;
        // a dateline only over a dash, of capitalised words only.
        let long = format!("Aus{}tralia news\nRates on hold", "\u{FFFD}".repeat(70));
        for text in [
            "Australia news",
            long.as_str(),
            "Rates on hold\nAustralia news\nThe bank held.",
            "Washington\nThe Senate voted.",
            "the senate\n—\nThe Senate voted.",
            "Good morning news\nWe open.",
        ] {
            let got = in_context(text);
            assert!(got.iter().all(|(_, k)| k.is_none()), "{got:?}");
        }
    }

    #[test]
    fn a_label_of_sections_or_one_ordinary_word_over_the_headline_is_furniture() {
        for text in [
            "WORLD NEWS\nCuba's grid failed",
            "Business | Brazil\nPetrobras posts loss",
            "Shipping | Red Sea\n\nRates Soar as Carriers Avoid Suez",
            "AMERICAS QUARTERLY | Q&A\n\nChile's bet",
            "Markets\n\nRates soar",
            "AUTOS\n\nGM shares fell.",
        ] {
            let got = in_context(text);
            assert_eq!(got[0].1, Some("label"), "{got:?}");
            assert!(got[1..].iter().all(|(_, k)| k.is_none()), "{got:?}");
        }
        // Not a place alone (a dateline's), a bar between words in lower
        // case, nor a word that is the whole text.
        for text in [
            "LONDON\nShares fell.",
            "Washington\nThe Senate voted.",
            "Profit | loss\nThe bank",
            "Markets",
            "Gold Coast | Sunshine Coast | Cairns | Darwin | Perth\nRates",
        ] {
            let got = in_context(text);
            assert!(got.iter().all(|(_, k)| k.is_none()), "{got:?}");
        }
    }

    #[test]
    fn wire_footers_page_notes_and_writers_roles_after_their_outlet() {
        for (line, expected) in [
            ("--With assistance from William Wilkes.", "byline"),
            (
                "To contact the reporters on this story: Monica Raymunt in Berlin at \
                 mraymunt@bloomberg.net",
                "byline",
            ),
            (
                "To contact the editors responsible for this story: Chris Reiter at \
                 creiter2@bloomberg.net",
                "byline",
            ),
            ("(With inputs from PTI)", "byline"),
            ("($1 = 0.9186 euros)", "credit"),
            ("(£1 = $1.2705)", "credit"),
            ("($1 = 83.5300 Indian rupees)", "credit"),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                "label",
            ),
            ("Order Reprints | Today's Paper | Subscribe", "label"),
            ("Published in Dawn, June 11th, 2024", "credit"),
            ("SOURCE: AL JAZEERA AND NEWS AGENCIES", "credit"),
            (
                "This article was amended on 21 January 2025. An earlier version said the \
                 exhibition had opened on 14 October.",
                "credit",
            ),
            (
                "For more coverage of the 2025 Tony Awards, visit: \
                 https://apnews.com/hub/tony-awards",
                "link",
            ),
            ("Culture reporter, BBC News", "byline"),
            ("BBC Scotland political correspondent", "byline"),
            ("AP Entertainment Writer", "byline"),
            ("Reporting from the Principality Stadium, Cardiff", "byline"),
            ("— With inputs from Anuradha Mascarenhas", "byline"),
            ("– With assistance from Eyk Henning.", "byline"),
            ("Naomi Kresge in Berlin at nkresge@bloomberg.net;", "byline"),
            ("Related topics: NHS, Truro, Health, Cornwall", "link"),
            ("Read also:", "label"),
            ("Image Credits: Parloa", "credit"),
            (
                "Editor's note: This article was updated on Oct 14 at 2:15pm ET.",
                "credit",
            ),
            (
                "Before it's here, it's on the Bloomberg Terminal.",
                "credit",
            ),
        ] {
            assert_eq!(kind(line).as_deref(), Some(expected), "{line}");
        }
        // The print edition's note whatever its headline's length.
        let print = format!(
            "A version of this article appears in print on April 14, 2025, Section A, Page 1 of \
             the New York edition with the headline: {}.",
            "Word ".repeat(40)
        );
        assert!(print.len() > MAX_LINE);
        assert_eq!(kind(&print).as_deref(), Some("credit"));
        for line in [
            "With assistance from the army, the town was rebuilt.",
            "With inputs from the army, the plan was drawn up.",
            "Contact us at the town hall.",
            "To contact the family, police set up a hotline.",
            "(The rate was 5 = 5)",
            "(1 in 5 = a fifth)",
            "Reporting from the front line, she found the town empty.",
            "The Writer",
            "war correspondent",
            "Tributes flow for veteran war correspondent",
            "For more on this story, see page 4.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    #[test]
    fn a_name_over_the_time_of_posting_and_a_byline_of_writers_and_places() {
        let text = "Harvey wins the Booker\n\nElla Creamer\nTue 8 Oct 2024 17.00 BST\n\n\
                    Kathrin Hille in Taipei and Michael Acton in San Francisco\n\n\
                    Samantha Harvey won.";
        assert_eq!(
            in_context(text),
            [
                ("Harvey wins the Booker", None),
                ("Ella Creamer", Some("byline")),
                ("Tue 8 Oct 2024 17.00 BST", Some("timestamp")),
                (
                    "Kathrin Hille in Taipei and Michael Acton in San Francisco",
                    Some("byline")
                ),
                ("Samantha Harvey won.", None),
            ]
        );
        // Not the headline, nor a sentence, nor a name over prose, nor a
        // writer's one word.
        for text in [
            "Ed Pilkington in New York\n\nThe court ruled.",
            "Talks end\n\nJoe Biden in Warsaw.\n\nHe spoke.",
            "Talks end\n\nFloods in Kerala\n\nRain fell.",
            "Talks end\n\nElla Creamer\nsaid the talks ended.",
        ] {
            let got = in_context(text);
            assert!(got.iter().all(|(_, k)| k.is_none()), "{got:?}");
        }
        assert_eq!(
            in_context("Harvard sues\n\nEd Pilkington in New York\n\nThe court ruled.")[1].1,
            Some("byline")
        );
    }

    #[test]
    fn an_agency_sign_off_under_the_story_is_its_byline() {
        for slug in [
            "bur-raz/rl",
            "sib-ah/jh",
            "mp/pm",
            "burs-jm/cl",
            "mf/rm (dpa, Reuters, AFP)",
        ] {
            let text = format!("Talks end\n\nThe talks ended on Monday.\n\n{slug}");
            assert_eq!(
                in_context(&text),
                [
                    ("Talks end", None),
                    ("The talks ended on Monday.", None),
                    (slug, Some("byline")),
                ]
            );
            // Furniture after it leaves it the story's last line.
            let text = format!("The talks ended.\n{slug}\n© 2024 AFP");
            assert_eq!(in_context(&text)[1], (slug, Some("byline")));
        }
        // Not a line with prose after it, nor capitals, digits or parts of
        // six letters, nor a line without a slash.
        for text in [
            "The talks ended.\nbur-raz/rl\nThey will resume.",
            "The talks ended.\nBUR-RAZ/RL",
            "The talks ended.\nkm2/h",
            "The talks ended.\nburssz/rl",
            "The talks ended.\nbur-raz",
            "The talks ended.\nmf/rm (dpa, Reuters, AFP).",
            "The talks ended.\nmf/rm (the 2 agencies)",
        ] {
            let got = in_context(text);
            assert!(got.iter().all(|(_, k)| k.is_none()), "{got:?}");
        }
    }

    #[test]
    fn a_wire_storys_note_of_its_new_version_is_furniture() {
        for line in [
            "(Updates with BYD shares in 11th paragraph.)",
            "(Adds analyst's comment in paragraph 5)",
            "(Recasts with details of the deal)",
        ] {
            assert_eq!(kind(line).as_deref(), Some("label"), "{line}");
        }
        // Not prose, nor a bracket of prose.
        for line in [
            "Updates with BYD shares in 11th paragraph.",
            "(updated daily)",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    #[test]
    fn find_agrees_with_the_standard_search_at_every_offset() {
        let hay = "a/b reuters/x all rights reserved opens new tab aap image/ ab";
        for start in 0..hay.len() {
            let hay = &hay[start..];
            for needle in ["reuters/", "a", "ab", "/", "opens new tab", "zz", "b"] {
                assert_eq!(find(hay, needle), hay.find(needle), "{needle:?} in {hay:?}");
            }
        }
        assert_eq!(find("", "a"), None);
        assert_eq!(find("abc", ""), None);
    }

    #[test]
    fn the_labels_are_sorted() {
        for phrases in [LABELS, LIST_HEADINGS] {
            let list: Vec<&str> = phrases.split(';').collect();
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        crate::text::lexicon::assert_word_list(TIME_ZONES, false);
        crate::text::lexicon::assert_word_list(NAME_PARTICLES, true);
    }
}
