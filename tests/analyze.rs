//! End-to-end behaviour of `lede::analyze` on real and hostile text.
#![cfg(not(target_arch = "wasm32"))]

use lede::{analyze, Error, Options};

const SAMPLE: &str = include_str!("../www/samples/iran-russia-partnership.txt");

fn run(text: &str) -> lede::Analysis {
    analyze(text, &Options::default()).expect("analysis succeeds")
}

/// Every span lies on character boundaries inside the text, in order.
fn assert_spans_valid(text: &str, a: &lede::Analysis) {
    let mut last = 0;
    for s in &a.sentences {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last, "sentences are ordered and disjoint");
        last = s.end;
    }
    for p in &a.paragraphs {
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
    }
    let words: usize = a.sentences.iter().map(|s| s.words).sum();
    assert_eq!(
        words, a.stats.words,
        "the words of the sentences make the total"
    );
}

#[test]
fn sample_article_repeated_headline_is_counted_once() {
    let a = run(SAMPLE);
    assert_eq!(
        a.repeated_lines.len(),
        2,
        "the headline appears three times"
    );
    for r in &a.repeated_lines {
        assert_eq!(
            &SAMPLE[r.start..r.end],
            "Iran, Russia sign strategic partnership deal"
        );
        assert_eq!(r.original_start, 0);
    }
    // Headline + 13 body paragraphs; the repeats are left out.
    assert_eq!(a.stats.paragraphs, 14);
    assert_eq!(a.stats.sentences, 14);
    assert_eq!(
        &SAMPLE[a.sentences[0].start..a.sentences[0].end],
        "Iran, Russia sign strategic partnership deal"
    );
    assert!(SAMPLE[a.sentences[1].start..a.sentences[1].end]
        .starts_with("Russian President Vladimir Putin"));
    assert_spans_valid(SAMPLE, &a);
}

/// An article copied out of a news page, with the page's furniture.
const WEB_COPY: &str = include_str!("../www/samples/coastal-storm-web-copy.txt");

#[test]
fn page_furniture_is_left_out_of_sentences_entities_and_keyphrases() {
    let a = run(WEB_COPY);
    let left_out: Vec<(&str, &str)> = a
        .boilerplate_lines
        .iter()
        .map(|b| {
            let kind = serde_json::to_value(b.kind).unwrap();
            (
                kind.as_str().unwrap().to_owned().leak() as &str,
                &WEB_COPY[b.start..b.end],
            )
        })
        .collect();
    assert_eq!(
        left_out,
        [
            ("label", "Skip to main content"),
            ("byline", "By Priya Raman, Weather Reporter"),
            ("timestamp", "Updated 2 hours ago"),
            ("label", "Share this article"),
            ("label", "Share on Facebook"),
            ("label", "Share on WhatsApp"),
            (
                "credit",
                "Photo: A tree lies across Harbour Road in Port Mallory on Wednesday morning. \
                 (Coast Herald: Dan Whitlow)"
            ),
            ("label", "Advertisement"),
            (
                "link",
                "Read more: How to prepare your home before a severe storm"
            ),
            ("label", "Story continues below advertisement"),
            ("link", "Topics: storms, power outages, Port Mallory"),
            ("label", "Follow us on Instagram"),
            ("credit", "© 2026 Coast Herald. All rights reserved."),
        ]
    );
    assert_eq!(a.stats.boilerplate_lines, 13);
    // The headline and the five paragraphs of the story.
    assert_eq!(a.stats.paragraphs, 6);
    assert_eq!(
        &WEB_COPY[a.sentences[0].start..a.sentences[0].end],
        "Coastal towns clean up after overnight storm cuts power to 40,000 homes"
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for furniture in [
        "Priya Raman",
        "Facebook",
        "Coast Herald",
        "Dan Whitlow",
        "Instagram",
    ] {
        assert!(!names.contains(&furniture), "{furniture} in {names:?}");
    }
    for story in [
        "Coastline Energy",
        "Port Mallory",
        "Grant Mbeki",
        "State Emergency Service",
    ] {
        assert!(names.contains(&story), "{story} not in {names:?}");
    }
    assert!(a
        .keywords
        .iter()
        .all(|k| !k.phrase.to_lowercase().contains("skip")));
    assert_spans_valid(WEB_COPY, &a);

    // Kept, the same lines are read as prose.
    let options = Options {
        keep_boilerplate: true,
        ..Options::default()
    };
    let kept = analyze(WEB_COPY, &options).unwrap();
    assert!(kept.boilerplate_lines.is_empty());
    assert_eq!(kept.stats.paragraphs, 19);
    assert!(kept.entities.iter().any(|e| e.name == "Priya Raman"));
    assert_spans_valid(WEB_COPY, &kept);
}

/// Articles copied out of five news sites' pages (the story text written
/// for these tests, the page furniture in each site's form), with every
/// line of furniture that is left out, in order: among them a date glued
/// to "Updated" by the copy, a site's section name over the headline, and
/// a dateline on lines of its own.
#[test]
fn furniture_of_five_news_sites_pages_is_left_out() {
    let cases: [(&str, &[(&str, &str)]); 5] = [
        (
            include_str!("data/pastes/abc.txt"),
            &[
                ("byline", "ABC Central West / By Hamish Cole"),
                ("timestamp", "Posted Tue 12 Nov 2024 at 5:30am, updated Tue 12 Nov 2024 at 7:45am"),
                ("label", "Help keep family & friends informed by sharing this article"),
                ("link", "abc.net.au/news/bushfire-threatens-homes/104567890"),
                ("label", "copy link"),
                ("label", "Share this article"),
                ("timestamp", "Posted 3h ago3 hours ago, updated 1h ago1 hours ago"),
            ],
        ),
        (
            include_str!("data/pastes/bbc.txt"),
            &[
                ("timestamp", "2 hours ago"),
                ("label", "Share"),
                ("label", "Save"),
                ("byline", "Tom Edwards"),
                ("byline", "Transport correspondent"),
                ("credit", "Image source, Getty Images"),
                ("credit", "Image caption, Passengers waited for hours at Leeds station on Monday"),
                ("label", "Related topics"),
                ("link", "Rail strikes"),
                ("link", "Leeds"),
                ("label", "More on this story"),
                ("link", "Why are rail workers striking?"),
                ("label", "Published"),
                ("timestamp", "3 days ago"),
            ],
        ),
        (
            include_str!("data/pastes/cnn.txt"),
            &[
                ("byline", "By Ted Barrett and Clare Foran, CNN"),
                ("timestamp", "4 minute read"),
                ("timestamp", "Updated 11:02 PM EST, Fri December 20, 2024"),
                ("label", "Link Copied!"),
                ("label", "Follow:"),
                ("byline", "Washington"),
                ("byline", "CNN"),
                ("byline", "—"),
                ("byline", "CNN's Manu Raju contributed to this report."),
            ],
        ),
        (
            include_str!("data/pastes/guardian.txt"),
            &[
                ("label", "Australia news"),
                ("byline", "Jane Citizen Economics correspondent"),
                ("timestamp", "Tue 5 Nov 2024 15.45 AEDT"),
                ("label", "Share"),
                ("label", "Sign up for Guardian Australia's free morning and afternoon email newsletters for your daily news roundup"),
                ("label", "Explore more on these topics"),
                ("link", "Reserve Bank of Australia"),
                ("link", "Interest rates"),
                ("link", "Inflation"),
                ("link", "Australian economy"),
                ("link", "news"),
                ("label", "Share"),
                ("label", "Reuse this content"),
            ],
        ),
        (
            include_str!("data/pastes/reuters.txt"),
            &[
                ("byline", "By Laila Kearney and Florence Tan"),
                ("timestamp", "November 4, 20245:12 AM GMTUpdated 2 hours ago"),
                ("credit", "Item 1 of 2 A view shows an oil refinery in Singapore, March 5, 2024. REUTERS/Edgar Su/File Photo"),
                ("credit", "[1/2]A view shows an oil refinery in Singapore, March 5, 2024. REUTERS/Edgar Su/File Photo Purchase Licensing Rights, opens new tab"),
                ("byline", "Reporting by Laila Kearney in New York and Florence Tan in Singapore; Editing by David Goodman"),
                ("label", "Our Standards: The Thomson Reuters Trust Principles., opens new tab"),
            ],
        ),
    ];
    for (text, expected) in cases {
        let a = run(text);
        let got: Vec<(String, &str)> = a
            .boilerplate_lines
            .iter()
            .map(|b| {
                let kind = serde_json::to_value(b.kind).unwrap();
                (kind.as_str().unwrap().to_owned(), &text[b.start..b.end])
            })
            .collect();
        let want: Vec<(String, &str)> = expected.iter().map(|&(k, t)| (k.to_owned(), t)).collect();
        assert_eq!(got, want);
        assert_spans_valid(text, &a);
        // Copied without its blank lines, the page loses the same lines.
        let flat = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let kinds = |a: &lede::Analysis, text: &str| -> Vec<String> {
            a.boilerplate_lines
                .iter()
                .map(|b| format!("{:?} {}", b.kind, &text[b.start..b.end]))
                .collect()
        };
        assert_eq!(kinds(&run(&flat), &flat), kinds(&a, text));
        // The story stays: its first paragraph is a sentence of the result.
        assert!(a.stats.sentences >= 3, "{text}");
    }
}

#[test]
fn sample_article_scores_as_hard_news_prose() {
    let a = run(SAMPLE);
    let r = &a.readability;
    // Long sentences of long words: graduate-level by every grade formula.
    let fk = r.flesch_kincaid_grade.unwrap();
    assert!((13.0..20.0).contains(&fk), "FK grade {fk}");
    let fre = r.flesch_reading_ease.unwrap();
    assert!((0.0..40.0).contains(&fre), "reading ease {fre}");
    assert_eq!(r.smog, None, "14 sentences are too few for SMOG");
    assert!(r.notes.iter().any(|n| n.formula == "smog"));
    assert!(a.sentences.iter().any(|s| s.long));
}

#[test]
fn stats_follow_from_sentences_and_formulas() {
    let text = "The cat sat on the mat. It was a very happy cat. Nobody could disagree with that observation, apparently.";
    let a = run(text);
    assert_eq!(a.stats.sentences, 3);
    assert_eq!(a.stats.words, 6 + 6 + 7);
    let s = &a.stats;
    let fk = 0.39 * (s.words as f64 / s.sentences as f64)
        + 11.8 * (s.syllables as f64 / s.words as f64)
        - 15.59;
    assert_eq!(
        a.readability.flesch_kincaid_grade,
        Some((fk * 10.0).round() / 10.0)
    );
    assert!((s.reading_time_seconds - (19.0 / 238.0 * 60.0)).abs() < 0.06);
}

#[test]
fn empty_and_whitespace_text_give_an_empty_analysis() {
    for text in ["", "   ", "\n\n\t \r\n"] {
        let a = run(text);
        assert_eq!(a.stats.words, 0);
        assert!(a.sentences.is_empty() && a.paragraphs.is_empty());
        assert_eq!(a.readability.flesch_reading_ease, None);
    }
}

#[test]
fn oversize_input_is_refused_with_a_clear_error() {
    let options = Options {
        max_input_bytes: 100,
        ..Options::default()
    };
    let err = analyze(&"word ".repeat(30), &options).unwrap_err();
    assert_eq!(
        err,
        Error::InputTooLarge {
            bytes: 150,
            limit: 100
        }
    );
    assert!(err.to_string().contains("maxInputBytes"));
}

#[test]
fn invalid_options_are_refused() {
    let options = Options {
        reading_words_per_minute: 0.0,
        ..Options::default()
    };
    assert!(matches!(
        analyze("Hello there.", &options),
        Err(Error::InvalidOption(_))
    ));
}

#[test]
fn hostile_input_never_panics_and_spans_stay_valid() {
    let mut junk = String::new();
    let mut x: u32 = 12345;
    for _ in 0..200_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        if let Some(c) = char::from_u32((x >> 8) % 0x3_0000) {
            junk.push(c);
        }
    }
    let texts = [
        junk.as_str(),
        "\0\0\0 a\0b. \u{FFFD}\u{FFFD}",
        "<html><head><script>alert(1)</script></head><body><p>Hello. World.</p></body></html>",
        "👍🏽👨‍👩‍👧 Emoji only? Yes! 🎉.",
        "東京は日本の首都です。大阪も大きい。",
        "שלום עולם. مرحبا بالعالم. Mixed text here.",
        "....!!!???…… . . . ",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.",
        "http://",
        "@@@ x@ @y .com.",
        "1.\n2)\n(a)\n- \n•",
    ];
    for t in texts {
        let a = run(t);
        assert_spans_valid(t, &a);
        serde_json::to_string(&a).expect("serialises");
    }
}

#[test]
fn ten_megabytes_of_news_text_is_analysed() {
    let corpus = include_str!("../tests/data/news_excerpt.txt");
    let mut big = String::with_capacity(10 * 1024 * 1024 + corpus.len());
    let mut n = 0;
    while big.len() < 10 * 1024 * 1024 {
        // Numbered so that no paragraph repeats an earlier one.
        for para in corpus.split("\n\n") {
            n += 1;
            big.push_str(&format!("Item {n}. {para}\n\n"));
        }
    }
    let a = run(&big);
    assert!(a.stats.words > 1_500_000, "{} words", a.stats.words);
    assert_spans_valid(&big, &a);
}

/// The per-thread caches (the word numbering, the word shapes, the
/// keyphrase spellings, the entity memo) are pure: a text gets the same
/// result in a fresh thread, with every cache empty, as after thousands of
/// other words, which fill and empty them and move the numbering's epoch on,
/// and whatever text came just before it.
#[test]
fn what_the_caches_saw_before_never_changes_a_result() {
    let texts = [
        SAMPLE,
        include_str!("../www/samples/harbour-bridge-reopens.txt"),
        include_str!("../www/samples/library-night-classes.txt"),
    ];
    let json = |text: &str| serde_json::to_string(&run(text)).expect("serialises");
    let fresh: Vec<String> = texts
        .iter()
        .map(|&t| std::thread::spawn(move || json(t)).join().expect("thread"))
        .collect();
    std::thread::spawn(move || {
        for round in 0..40 {
            // About 1,000 never-seen words a round, some of them names.
            let filler: String = (0..500)
                .map(|i| format!("Zq{round}x{i} said the vorb{round}y{i} rose. "))
                .collect();
            run(&filler);
            let i = round % texts.len();
            assert_eq!(json(texts[i]), fresh[i], "text {i} after round {round}");
        }
    })
    .join()
    .expect("no result changed");
}
