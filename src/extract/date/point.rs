//! One date or time expression without ranges: a chain of parts from the coarsest
//! to the finest (year → period of the year → month → period of the month → day →
//! part of the day → clock time), each part absolute (2024年, 9月, 27日) or relative
//! to the reference date (去年, 上个月, 昨天, 三年前).
//!
//! Read, then resolve: [`read_point`] reads what the text says as a
//! [`DateExpr`](super::expr::DateExpr) without the reference date, and
//! [`Resolver::resolve`] gives its value and where it ends.

use super::context::{Context, Point};
use super::cursor::Cursor;
use super::read::{Before, read_point};
use super::resolve::{Resolved, Resolver};

/// Parse one expression at the cursor. `inherit` is the first half of a range: a
/// second half that starts below the year takes the missing fields from it.
pub(super) fn point(cur: &mut Cursor<'_>, ctx: &Context, inherit: Option<&Point>) -> Option<Point> {
    let before = Before {
        month_known: inherit
            .map(|p| p.frame)
            .or(ctx.list)
            .is_some_and(|m| m.month.is_some()),
        in_range: inherit.is_some(),
        range_part: inherit.and_then(|p| p.part),
    };
    let resolver = Resolver {
        ctx,
        inherit,
        text: cur.text,
        before,
    };
    let mut offsets = true;
    loop {
        let expr = read_point(*cur, before, offsets)?;
        match resolver.resolve(&expr) {
            Resolved::Point(point, end) => {
                cur.pos = end;
                return Some(point);
            }
            // An offset beyond the calendar: what follows it is read on its own.
            Resolved::Skip(end) => {
                cur.pos = end;
                offsets = false;
            }
            Resolved::Nothing => return None,
        }
    }
}
