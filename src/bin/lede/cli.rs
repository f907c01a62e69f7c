//! The command line itself: arguments, input, output (native only; see
//! `lede.rs`).

use std::io::{self, BufReader, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

use lede::{analyze, Options};

const USAGE: &str = "\
lede: named entities, keyphrases, sentence statistics and readability of an article

Usage:
  lede analyze [OPTIONS] FILE     analyse a UTF-8 text file and print JSON
  lede analyze [OPTIONS] -        analyse standard input
  lede analyze --jsonl [OPTIONS]  read {\"id\":..,\"text\":..} lines on stdin,
                                  write one {\"id\":..,\"analysis\":..} line each
                                  (or {\"id\":..,\"error\":..} for a bad line)

Options:
  --pretty                 indent the JSON (not with --jsonl)
  --jobs N                 with --jsonl: analyse N lines at once on N threads
                           (default: the number of CPUs); the output is the
                           same, in input order, whatever N
  --options JSON           analysis options as a JSON object, e.g.
                           '{\"longSentenceWords\":30,\"maxInputBytes\":1000000}'
  -h, --help               show this help
  -V, --version            show the version

Offsets in the output are UTF-8 byte offsets into the input text.
";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("lede: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(msg)) => {
            eprintln!("lede: {msg}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    Runtime(String),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Runtime(e.to_string())
    }
}

struct Command {
    input: Option<String>,
    jsonl: bool,
    pretty: bool,
    /// Worker threads for `--jsonl`; `None` until given (then the CPUs).
    jobs: Option<NonZeroUsize>,
    options: Options,
}

fn parse_args(args: &[String]) -> Result<Option<Command>, Failure> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        None => return Err(Failure::Usage("missing command".into())),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return Ok(None);
        }
        Some("-V" | "--version") => {
            println!("lede {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some("analyze") => {}
        Some(other) => return Err(Failure::Usage(format!("unknown command `{other}`"))),
    }
    let mut cmd = Command {
        input: None,
        jsonl: false,
        pretty: false,
        jobs: None,
        options: Options::default(),
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => cmd.jsonl = true,
            "--pretty" => cmd.pretty = true,
            "--jobs" => {
                let n = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--jobs needs a number of threads".into()))?;
                let n = n.parse::<NonZeroUsize>().map_err(|_| {
                    Failure::Usage(format!(
                        "--jobs needs a whole number of threads, at least 1, not `{n}`"
                    ))
                })?;
                cmd.jobs = Some(n);
            }
            "--options" => {
                let json = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--options needs a JSON object".into()))?;
                cmd.options = serde_json::from_str(json)
                    .map_err(|e| Failure::Usage(format!("bad --options: {e}")))?;
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure::Usage(format!("unknown option `{s}`")))
            }
            s => {
                if cmd.input.replace(s.to_string()).is_some() {
                    return Err(Failure::Usage("give one input file".into()));
                }
            }
        }
    }
    if cmd.jsonl && cmd.input.as_deref().is_some_and(|i| i != "-") {
        return Err(Failure::Usage("--jsonl reads standard input only".into()));
    }
    if !cmd.jsonl && cmd.jobs.is_some() {
        return Err(Failure::Usage("--jobs works with --jsonl only".into()));
    }
    if !cmd.jsonl && cmd.input.is_none() {
        return Err(Failure::Usage(
            "give a FILE, or - for standard input".into(),
        ));
    }
    Ok(Some(cmd))
}

fn run(args: &[String]) -> Result<(), Failure> {
    let Some(cmd) = parse_args(args)? else {
        return Ok(());
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if cmd.jsonl {
        let jobs = cmd
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN));
        if jobs.get() == 1 {
            lede::jsonl::process(io::stdin().lock(), &mut out, &cmd.options)?;
        } else {
            // The reader thread needs a handle it can own (a lock cannot
            // move to another thread); 64 KiB reads, a pipe's worth.
            let input = BufReader::with_capacity(1 << 16, io::stdin());
            lede::jsonl::process_parallel(input, &mut out, &cmd.options, jobs)?;
        }
    } else {
        let bytes = match cmd.input.as_deref() {
            Some("-") => {
                let mut buf = Vec::new();
                io::stdin().read_to_end(&mut buf)?;
                buf
            }
            Some(path) => std::fs::read(path)
                .map_err(|e| Failure::Runtime(format!("cannot read {path}: {e}")))?,
            None => unreachable!("checked in parse_args"),
        };
        let text = decode(&bytes);
        let analysis = analyze(&text, &cmd.options).map_err(|e| Failure::Runtime(e.to_string()))?;
        if cmd.pretty {
            serde_json::to_writer_pretty(&mut out, &analysis)
                .map_err(|e| Failure::Runtime(e.to_string()))?;
        } else {
            let mut json = Vec::new();
            analysis.write_json(&mut json);
            out.write_all(&json)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// UTF-8 as it is; anything else is decoded lossily (with a warning, since
/// offsets then refer to the repaired text).
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let text = String::from_utf8_lossy(bytes);
    if let std::borrow::Cow::Owned(_) = text {
        eprintln!("lede: warning: input is not valid UTF-8; invalid bytes were replaced by U+FFFD and offsets refer to the repaired text");
    }
    text
}
