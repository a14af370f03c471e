//! The folded form of the legacy exception instructions, which the `wast` crate no
//! longer parses (it still parses their flat form):
//!
//! ```wat
//! (try $label? blocktype (do instr*) (catch $tag instr*)* (catch_all instr*)?)
//! (try $label? blocktype (do instr*) (delegate $label))
//! ```
//!
//! [`unfold`] rewrites each such form in place into the flat
//! `try $label? blocktype instr* catch $tag instr* … end` (or `… delegate $label`), so
//! that the legacy scripts (`legacy/*.wast`) parse with the maintained parser that
//! parses everything else. Only parentheses and the `do` keyword become spaces and
//! `end` is appended, so every directive keeps its line. A `(try …)` that is not of one
//! of the two shapes above is left alone, and the parser then reports it as malformed.
//! The flat form is an instruction sequence, so a folded `try` must stand where a
//! sequence may (a function body, a block, a `do` or `catch` clause), which is where
//! the testsuite uses it.

use std::borrow::Cow;

/// `source` with every folded legacy `try` unfolded; borrowed when there is none.
pub(super) fn unfold(source: &str) -> Cow<'_, str> {
    if !source.contains("(try") {
        return Cow::Borrowed(source);
    }
    let items = Parser {
        text: source.as_bytes(),
        at: 0,
    }
    .items();
    let mut edits = Vec::new();
    collect_edits(source, &items, &mut edits);
    if edits.is_empty() {
        return Cow::Borrowed(source);
    }
    edits.sort_by_key(|edit| edit.at);
    let mut out = String::with_capacity(source.len() + 4 * edits.len());
    let mut copied = 0;
    for edit in edits {
        out.push_str(&source[copied..edit.at]);
        out.push_str(edit.with);
        copied = edit.at + edit.len;
    }
    out.push_str(&source[copied..]);
    Cow::Owned(out)
}

/// Replace `len` bytes at `at` with `with`.
struct Edit {
    at: usize,
    len: usize,
    with: &'static str,
}

/// An atom (`start..end`) or a parenthesised group.
enum Item {
    Atom(usize, usize),
    Group(Group),
}

/// `(` at `open`, `)` at `close`, and what is between.
struct Group {
    open: usize,
    close: usize,
    items: Vec<Item>,
}

impl Group {
    /// The group's first atom, e.g. `try` or `catch`.
    fn head<'s>(&self, source: &'s str) -> Option<(&'s str, usize)> {
        match self.items.first()? {
            Item::Atom(start, end) => Some((&source[*start..*end], *start)),
            Item::Group(_) => None,
        }
    }
}

/// Finds the folded `try` forms in `items` (at any depth) and records their edits.
fn collect_edits(source: &str, items: &[Item], edits: &mut Vec<Edit>) {
    for item in items {
        let Item::Group(group) = item else { continue };
        if group.head(source).is_some_and(|(head, _)| head == "try") {
            unfold_try(source, group, edits);
        }
        collect_edits(source, &group.items, edits);
    }
}

/// The head keyword of `item`, where it starts, and the group, if it is a group.
fn clause<'s, 'g>(source: &'s str, item: &'g Item) -> Option<(&'s str, usize, &'g Group)> {
    match item {
        Item::Group(inner) => inner.head(source).map(|(head, at)| (head, at, inner)),
        Item::Atom(..) => None,
    }
}

/// Records the edits that flatten the `try` group, if it has one of the two shapes.
fn unfold_try(source: &str, group: &Group, edits: &mut Vec<Edit>) {
    let clause = |item| clause(source, item);
    // `try`, then a label and a block type, then `(do …)`.
    let rest = &group.items[1..];
    let Some(do_at) = rest
        .iter()
        .position(|item| clause(item).is_some_and(|(head, ..)| head == "do"))
    else {
        return;
    };
    let type_part = rest[..do_at].iter().all(|item| match item {
        Item::Atom(start, end) => source[*start..*end].starts_with('$'),
        Item::Group(_) => {
            clause(item).is_some_and(|(head, ..)| matches!(head, "result" | "param" | "type"))
        }
    });
    if !type_part {
        return;
    }
    let handlers: Vec<(&str, usize, &Group)> = match rest[do_at + 1..]
        .iter()
        .map(clause)
        .collect::<Option<Vec<_>>>()
    {
        Some(handlers) => handlers,
        None => return,
    };
    let delegates = matches!(handlers.as_slice(), [("delegate", ..)]);
    let heads: Vec<&str> = handlers.iter().map(|(head, ..)| *head).collect();
    let catches = heads.iter().take_while(|head| **head == "catch").count();
    let catch_alls = heads[catches..]
        .iter()
        .filter(|head| **head == "catch_all")
        .count();
    if !delegates && (catch_alls > 1 || catches + catch_alls != heads.len()) {
        return;
    }
    let space = |at: usize| Edit {
        at,
        len: 1,
        with: " ",
    };
    edits.push(space(group.open));
    let Some((_, do_keyword, do_group)) = clause(&rest[do_at]) else {
        return;
    };
    edits.push(space(do_group.open));
    edits.push(Edit {
        at: do_keyword,
        len: 2,
        with: "  ",
    });
    edits.push(space(do_group.close));
    for (_, _, handler) in &handlers {
        edits.push(space(handler.open));
        edits.push(space(handler.close));
    }
    edits.push(Edit {
        at: group.close,
        len: 1,
        with: if delegates { " " } else { " end " },
    });
}

/// A reader of the text's parenthesised structure: strings and comments are skipped
/// over as wholes, so parentheses inside them do not count.
struct Parser<'t> {
    text: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    /// Items until the end of the text or an unmatched `)` (which is left unread).
    fn items(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            match self.text.get(self.at) {
                None | Some(b')') => return items,
                Some(b'(') => {
                    let open = self.at;
                    self.at += 1;
                    let inner = self.items();
                    if self.text.get(self.at) != Some(&b')') {
                        // Unbalanced: the parser will report it; change nothing.
                        return Vec::new();
                    }
                    items.push(Item::Group(Group {
                        open,
                        close: self.at,
                        items: inner,
                    }));
                    self.at += 1;
                }
                Some(b'"') => {
                    let start = self.at;
                    self.skip_string();
                    items.push(Item::Atom(start, self.at));
                }
                Some(_) => {
                    let start = self.at;
                    while self.at < self.text.len()
                        && !matches!(self.text[self.at], b'(' | b')' | b'"' | b';')
                        && !self.text[self.at].is_ascii_whitespace()
                    {
                        self.at += 1;
                    }
                    if self.at == start {
                        // A lone `;` that starts no comment.
                        self.at += 1;
                    }
                    items.push(Item::Atom(start, self.at));
                }
            }
        }
    }

    /// Skips whitespace, `;; line` comments and nested `(; block ;)` comments.
    fn skip_blank(&mut self) {
        loop {
            let rest = &self.text[self.at.min(self.text.len())..];
            if rest.first().is_some_and(u8::is_ascii_whitespace) {
                self.at += 1;
            } else if rest.starts_with(b";;") {
                while self.at < self.text.len() && self.text[self.at] != b'\n' {
                    self.at += 1;
                }
            } else if rest.starts_with(b"(;") {
                self.skip_block_comment();
            } else {
                return;
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while self.at < self.text.len() {
            let rest = &self.text[self.at..];
            if rest.starts_with(b"(;") {
                depth += 1;
                self.at += 2;
            } else if rest.starts_with(b";)") {
                depth -= 1;
                self.at += 2;
                if depth == 0 {
                    return;
                }
            } else {
                self.at += 1;
            }
        }
    }

    fn skip_string(&mut self) {
        self.at += 1;
        while self.at < self.text.len() {
            match self.text[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return;
                }
                _ => self.at += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unfold;

    fn flat(source: &str) -> String {
        unfold(source)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn try_catch_becomes_flat_and_ends() {
        assert_eq!(
            flat("(func (try $t (result i32) (do (i32.const 1)) (catch $e (i32.const 2)) (catch_all (i32.const 3))))"),
            "(func try $t (result i32) (i32.const 1) catch $e (i32.const 2) catch_all (i32.const 3) end )"
        );
    }

    #[test]
    fn delegate_ends_the_try_itself() {
        assert_eq!(
            flat("(try (do (try (do (throw $e)) (delegate 0))) (catch_all))"),
            "try try (throw $e) delegate 0 catch_all end"
        );
    }

    #[test]
    fn lines_are_kept() {
        let source = "(try\n  (do\n    (nop))\n  (catch_all))\n(assert_return)";
        let unfolded = unfold(source);
        assert_eq!(unfolded.lines().count(), source.lines().count());
        assert!(unfolded.lines().last().unwrap().contains("assert_return"));
    }

    #[test]
    fn malformed_shapes_and_other_text_are_left_alone() {
        for source in [
            "(try (do) (catch $e) (delegate 0))",
            "(try (do) (catch_all) (catch_all))",
            "(try (do) (delegate) (delegate 0))",
            "(try_table (do))",
            "\"(try (do) (catch_all))\" ;; (try (do))",
            "(; (try (do) (catch_all)) ;)",
        ] {
            assert_eq!(unfold(source), source, "{source}");
        }
    }
}
