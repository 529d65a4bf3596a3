//! A small JSON reader for the data format: the widget ships no JSON library (serde_json
//! costs ~20 KB of wasm). Depth and size are bounded, so no input can exhaust the stack, and
//! every error names a line and column an author can find.

use crate::problem::{Pos, Problem, Q};

/// Deepest nesting accepted; the data format needs 6 levels.
pub const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Numbers are kept as written: the data format has none, they only appear in messages.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Keys in document order (duplicates are refused while reading).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// "a string", "an object", …: for messages such as "expected a string, found a number".
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list ([…])",
            Value::Object(_) => "an object ({…})",
        }
    }
}

/// Parses a whole JSON text. A leading UTF-8 byte order mark is skipped. A syntax error is
/// placed where the reader stopped (its message says the line and column too).
pub fn parse(text: &str) -> Result<Value, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        pos: 0,
    };
    reader.skip_space();
    if reader.pos >= reader.bytes.len() {
        return Err(Problem::error("", "the JSON text is empty"));
    }
    let read = reader.value(0).and_then(|value| {
        reader.skip_space();
        if reader.pos < reader.bytes.len() {
            return Err(reader.error("unexpected text after the end of the JSON value"));
        }
        Ok(value)
    });
    read.map_err(|message| Problem::error("", message).with_pos(Some(reader.here())))
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Where the reader is: line and column, counting characters, not bytes.
    fn here(&self) -> Pos {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Pos {
            line: count(before.matches('\n').count() + 1),
            column: count(before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1),
        }
    }

    /// "… at line L, column C".
    fn error(&self, what: &str) -> String {
        let Pos { line, column } = self.here();
        format!("JSON syntax error at line {line}, column {column}: {what}")
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.error(&format!("nested more than {MAX_DEPTH} levels deep")));
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'<') => Err(self.error("this looks like HTML (an error page?), not JSON")),
            Some(_) => Err(self.error("expected a value (an object, list, string, …)")),
            None => Err(self.error("the text ends where a value should be")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, String> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value (an object, list, string, …)"))
        }
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.pos += 1;
        }
        let text = self.text.get(start..self.pos).unwrap_or("");
        let digits = text.trim_start_matches('-');
        if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
            self.pos = start;
            return Err(self.error("malformed number"));
        }
        Ok(Value::Number(text.to_string()))
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']' after a list item")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.pos += 1;
        let mut fields: Vec<(String, Value)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key_at = self.pos;
            let key = self.string()?;
            if fields.iter().any(|(k, _)| *k == key) {
                self.pos = key_at;
                return Err(self.error(&format!("the key {key_q} appears twice", key_q = Q(&key))));
            }
            self.skip_space();
            self.expect(b':', "expected ':' after a key")?;
            self.skip_space();
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.error("expected ',' or '}' after a value")),
            }
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | 0..=0x1f)) {
                self.pos += 1;
            }
            out.push_str(self.text.get(start..self.pos).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(
                        self.error("a control character (a raw line break?) inside a string")
                    )
                }
                None => return Err(self.error("a string is not closed")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let c = self.peek();
        self.pos += 1;
        match c {
            Some(b'"') => out.push('"'),
            Some(b'\\') => out.push('\\'),
            Some(b'/') => out.push('/'),
            Some(b'b') => out.push('\u{8}'),
            Some(b'f') => out.push('\u{c}'),
            Some(b'n') => out.push('\n'),
            Some(b'r') => out.push('\r'),
            Some(b't') => out.push('\t'),
            Some(b'u') => {
                let first = self.hex4()?;
                let code = if (0xd800..0xdc00).contains(&first)
                    && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u")
                {
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xdc00..0xe000).contains(&second) {
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                    } else {
                        0xfffd
                    }
                } else {
                    first
                };
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            _ => {
                self.pos -= 1;
                return Err(self.error("unknown escape after a backslash"));
            }
        }
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        match digits {
            Some(code) => {
                self.pos += 4;
                Ok(code)
            }
            None => Err(self.error("\\u needs four hexadecimal digits")),
        }
    }
}
