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
/// ..." trailer of a wire story is about 150 bytes).
const MAX_LINE: usize = 200;
/// Longer lines are no label, link or timestamp.
const MAX_SHORT: usize = 100;

/// The kind of furniture `line` (one trimmed line) is, if it is.
pub fn classify(line: &str) -> Option<Boilerplate> {
    if line.len() > MAX_LINE || line.is_empty() {
        return None;
    }
    // Nearly every line of prose opens with a letter, digit or quote and
    // closes with a full stop: most lines are settled by their length.
    let mut buffer = [0u8; MAX_LINE];
    let core = normalised(line, &mut buffer);
    if core.is_empty() {
        return None;
    }
    // Forms that cannot open a sentence of a story, whatever follows.
    if after_any(core, &WIRE_CREDITS).is_some() {
        return Some(Boilerplate::Byline);
    }
    if after_any(core, &["©", "(c) ", "copyright "]).is_some() || has(core, "all rights reserved")
    {
        return Some(Boilerplate::Credit);
    }
    if let Some(rest) = labelled(core, &PICTURE_LABELS, &[":"])
        .or_else(|| labelled(core, &CAPTION_LABELS, &[",", ":"]))
    {
        if !rest.is_empty() {
            return Some(Boilerplate::Credit);
        }
    }
    if after_any(core, &PICTURE_BY).is_some() {
        return Some(Boilerplate::Credit);
    }
    if line.len() > MAX_SHORT || ends_as_prose(line) {
        return None;
    }
    if is_label(core) {
        return Some(Boilerplate::Label);
    }
    if let Some(rest) = labelled(core, &LINK_LABELS, &[":", " -", " –", " —", " |"]) {
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
    if is_byline(line) {
        return Some(Boilerplate::Byline);
    }
    None
}

/// `line` lower-cased (ASCII), its white space runs made one blank, and
/// the bullets and arrows around it taken off ("• Share", "Read more »",
/// "Loading..."), written into `buffer` (no allocation: it is never
/// longer than `line`, at most [`MAX_LINE`] bytes).
fn normalised<'b>(line: &str, buffer: &'b mut [u8; MAX_LINE]) -> &'b str {
    let trimmed = line
        .trim_start_matches(|c: char| c.is_whitespace() || LEADING.contains(&c))
        .trim_end_matches(|c: char| c.is_whitespace() || TRAILING.contains(&c));
    let mut len = 0;
    let mut blank = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            blank = true;
            continue;
        }
        if blank {
            buffer[len] = b' ';
            len += 1;
            blank = false;
        }
        // A white space character takes a byte at least, a blank one:
        // the output never outgrows the line.
        len += c.to_ascii_lowercase().encode_utf8(&mut buffer[len..]).len();
    }
    // Whole characters were copied: valid UTF-8.
    std::str::from_utf8(&buffer[..len]).unwrap_or("")
}

const LEADING: [char; 11] = ['•', '·', '*', '-', '–', '—', '|', '>', '»', '›', '▶'];
const TRAILING: [char; 11] = [':', '…', '.', '»', '›', '>', '→', '|', '▶', '-', '+'];

/// Whether `line` ends as a sentence does: a full stop (not an ellipsis)
/// or an exclamation mark, before any closing quotes or brackets.
fn ends_as_prose(line: &str) -> bool {
    let end = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
    });
    (end.ends_with('.') && !end.ends_with("..")) || end.ends_with('!')
}

// The helpers below are kept out of line: inlined with the word lists,
// each comparison with each word became code of its own (the wasm grew
// twice as much), for lines that are rare and short.

/// The rest of `s` after the first of `prefixes` it starts with.
#[inline(never)]
fn after_any<'s>(s: &'s str, prefixes: &[&str]) -> Option<&'s str> {
    prefixes.iter().find_map(|p| s.strip_prefix(p))
}

/// Where `s` first holds `needle`.
#[inline(never)]
fn find(s: &str, needle: &str) -> Option<usize> {
    s.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// [`super::lexicon::is_day_or_month`], once in the code.
#[inline(never)]
fn day_or_month(word: &str) -> bool {
    super::lexicon::is_day_or_month(word)
}

/// [`char::is_uppercase`], once in the code.
#[inline(never)]
fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

fn has(s: &str, needle: &str) -> bool {
    find(s, needle).is_some()
}

/// Whether `s` ends with one of `words`, as a whole word (after a blank
/// or a slash, or alone).
#[inline(never)]
fn ends_with_word(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        s.strip_suffix(w)
            .is_some_and(|before| before.is_empty() || before.ends_with([' ', '/']))
    })
}

/// The rest of `s` after one of `labels` and one of `separators` (":",
/// " -", ...), if `s` starts so; "" when `s` is just the label.
#[inline(never)]
fn labelled<'s>(s: &'s str, labels: &[&str], separators: &[&str]) -> Option<&'s str> {
    for label in labels {
        let Some(rest) = s.strip_prefix(label) else {
            continue;
        };
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

/// Wire-service trailers and credit lines that name who wrote the story.
const WIRE_CREDITS: [&str; 10] = [
    "reporting by ",
    "additional reporting by ",
    "written by ",
    "words by ",
    "story by ",
    "editing by ",
    "compiled by ",
    "text by ",
    "interviews by ",
    "research by ",
];

/// Labels of a picture's credit or caption ("Photo: ..."), before a
/// colon.
const PICTURE_LABELS: [&str; 12] = [
    "photo credit",
    "photograph",
    "photos",
    "photo",
    "pictures",
    "picture",
    "image credit",
    "images",
    "image",
    "credit",
    "caption",
    "illustration",
];

/// Labels of a picture's credit or caption that a comma may end too
/// ("Image source, Getty Images").
const CAPTION_LABELS: [&str; 3] = ["image source", "image caption", "media caption"];

/// "Photo by ..." and the like.
const PICTURE_BY: [&str; 6] = [
    "photo by ",
    "photos by ",
    "photograph by ",
    "photography by ",
    "picture by ",
    "image by ",
];

/// Labels of a link to other pages ("Read more: ...").
const LINK_LABELS: [&str; 15] = [
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "also see",
    "related",
    "more on this",
    "more",
    "watch",
    "listen",
    "video",
    "topics",
    "tags",
    "filed under",
];

/// The whole-line labels and buttons of news pages (normalised: lower
/// case, one blank between words, no final punctuation), sorted.
const LABELS: [&str; 127] = [
    "ad",
    "add comment",
    "ads",
    "advertisement",
    "advertisements",
    "advertising",
    "article continues after advertisement",
    "article continues below",
    "article continues below advertisement",
    "audio",
    "back to top",
    "bookmark",
    "caption",
    "close",
    "comment",
    "comments",
    "content continues below",
    "continue reading",
    "continue reading below",
    "copy link",
    "copy url",
    "e-mail",
    "editor's picks",
    "email",
    "enlarge",
    "enlarge image",
    "expand",
    "follow",
    "follow us",
    "fullscreen",
    "gallery",
    "hide caption",
    "home",
    "image",
    "join the conversation",
    "keep reading",
    "latest",
    "latest news",
    "leave a comment",
    "link copied",
    "listen",
    "listen to this article",
    "listen to this story",
    "load more",
    "loading",
    "log in",
    "login",
    "menu",
    "more",
    "more from",
    "more on this story",
    "more stories",
    "most popular",
    "most read",
    "most viewed",
    "newsletter",
    "newsletters",
    "open image",
    "paid content",
    "paid post",
    "partner content",
    "pause",
    "photo",
    "photos",
    "play",
    "print",
    "promoted",
    "promoted content",
    "published",
    "read full article",
    "read full story",
    "read more",
    "read the full article",
    "read the full story",
    "recommended",
    "recommended for you",
    "register",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related links",
    "related stories",
    "related topics",
    "save",
    "save article",
    "save for later",
    "saved",
    "scroll to continue",
    "search",
    "see more",
    "share",
    "share article",
    "share story",
    "share this",
    "share this article",
    "share this story",
    "show caption",
    "show comments",
    "show more",
    "sign in",
    "sign up",
    "skip",
    "skip ad",
    "skip advertisement",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "sponsored",
    "sponsored content",
    "story continues below",
    "story continues below advertisement",
    "subscribe",
    "subscribe now",
    "toggle caption",
    "top stories",
    "trending",
    "trending now",
    "tweet",
    "updated",
    "video",
    "view comments",
    "view gallery",
    "view image",
    "view more",
    "you may also like",
    "you might also like",
];

fn is_label(s: &str) -> bool {
    debug_assert!(
        LABELS.windows(2).all(|w| w[0] < w[1]),
        "LABELS must be sorted"
    );
    LABELS.binary_search(&s).is_ok()
}

/// Sites to share on or follow.
const PLATFORMS: [&str; 17] = [
    "bluesky",
    "e-mail",
    "email",
    "facebook",
    "instagram",
    "linkedin",
    "messenger",
    "pinterest",
    "reddit",
    "telegram",
    "threads",
    "tiktok",
    "twitter",
    "whatsapp",
    "x",
    "youtube",
    "google news",
];

/// "Share on Facebook", "Share via email", "Follow us on Instagram",
/// "Sign up to our newsletter", "Subscribe to our daily newsletter".
fn is_button(s: &str) -> bool {
    if let Some(rest) = after_any(s, &["share on ", "share via ", "share to "]) {
        return ends_with_word(rest, &PLATFORMS);
    }
    if let Some(rest) = s.strip_prefix("follow ") {
        // "Follow us on X", "Follow ABC News on Facebook".
        return find(rest, " on ").is_some_and(|at| ends_with_word(&rest[at + 4..], &PLATFORMS));
    }
    after_any(s, &["sign up", "subscribe"]).is_some() && has(s, "newsletter")
}

/// "Updated 3 hours ago", "Published: 12 March 2024", "Posted Tue 12 Mar
/// 2024 at 3:45pm", "5 min read", "3-minute read".
fn is_timestamp(s: &str) -> bool {
    let labels = [
        "last updated",
        "first published",
        "first posted",
        "last modified",
        "updated",
        "published",
        "posted",
        "modified",
    ];
    if let Some(rest) = after_any(s, &labels) {
        let rest = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix(','))
            .unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let rest = after_any(rest, &["on ", "at "]).unwrap_or(rest);
        let first = rest.split([' ', ',']).next().unwrap_or("");
        return first.starts_with(|c: char| c.is_ascii_digit())
            || day_or_month(first.trim_end_matches('.'));
    }
    // Reading time.
    let Some(rest) = s.strip_suffix(" read") else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let unit = rest[digits..].trim_start_matches([' ', '-']);
    matches!(unit, "min" | "mins" | "minute" | "minutes")
}

/// A picture agency's credit on its own: "Getty Images", "AFP via Getty
/// Images", "AAP Image/Lukas Coch", "Reuters/Jane Doe".
fn is_picture_agency(s: &str) -> bool {
    ends_with_word(
        s,
        &[
            "getty images",
            "getty",
            "shutterstock",
            "alamy",
            "alamy stock photo",
        ],
    ) || after_any(
        s,
        &[
            "aap image/",
            "aap/",
            "ap photo/",
            "reuters/",
            "afp/",
            "epa/",
            "epa-efe/",
        ],
    )
    .is_some()
}

/// Words that may stand lower-case inside a byline's names.
const NAME_PARTICLES: [&str; 14] = [
    "&", "al", "and", "bin", "da", "de", "del", "der", "di", "for", "in", "la", "le", "van",
];

/// "By Jane Smith", "By JANE SMITH and John Doe", "By Jane Smith, Political
/// Reporter", "By Jane Smith in Canberra | Reuters": "By" and then
/// capitalised words (or particles) up to a separator, after which
/// anything goes; not "By Friday" or "By 2030", nor "By the time ...".
fn is_byline(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || LEADING.contains(&c));
    let Some(rest) = after_any(line, &["By ", "BY ", "by "]) else {
        return false;
    };
    // (Lines are split at blanks only: other white space in a byline is
    // rare, and costs no more than a missed byline.)
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let first_word = first.trim_end_matches([',', ':', ';']);
    if !first_word.starts_with(is_upper)
        || day_or_month(first_word)
        || first_word.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    if rest.split(' ').filter(|w| !w.is_empty()).count() > 12 {
        return false;
    }
    if first.ends_with([',', ';']) {
        return true;
    }
    for word in words {
        if matches!(word, "|" | "-" | "–" | "—" | "/" | "·" | "•") {
            return true;
        }
        let bare = word.trim_end_matches([',', ';']);
        let capitalised = bare.starts_with(is_upper);
        if !capitalised && !super::lexicon::contains(&NAME_PARTICLES, bare) {
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
            ("By Jane Smith", "byline"),
            ("By JANE SMITH and John Doe", "byline"),
            ("By Jane Smith, political reporter", "byline"),
            ("By Jane Smith in Canberra | Reuters", "byline"),
            ("By The Associated Press", "byline"),
            (
                "Reporting by Byron Kaye in Sydney; Editing by Jane Wardell.",
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
            "Bushfire threatens homes near Sydney",
            "Iran, Russia sign strategic partnership deal",
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
    }

    #[test]
    fn lines_up_to_the_limit_fit_the_buffer_in_any_script() {
        for piece in ["a", "É", "\u{3000}", "€ ", " \u{2028}", "😀", "ﬃ", "İ"] {
            let mut line = String::new();
            while line.len() + piece.len() <= MAX_LINE {
                line.push_str(piece);
                // Any length up to the limit: no panic, and no furniture.
                assert_eq!(classify(&line), None, "{line:?}");
            }
        }
    }

    #[test]
    fn the_labels_are_sorted() {
        assert!(LABELS.windows(2).all(|w| w[0] < w[1]));
        assert!(NAME_PARTICLES.windows(2).all(|w| w[0] < w[1]));
    }
}
