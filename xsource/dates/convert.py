"""Calendar arithmetic: Solar and Lunar Hijri to Gregorian, missing years, relative days.

Conversions use maintained libraries (`jdatetime` for the Solar Hijri calendar used in
Afghanistan and Iran, `hijridate` for the Umm al-Qura lunar calendar) rather than hand tables.
"""

from __future__ import annotations

import datetime as dt


def to_gregorian(cal: str, year: int, month: int, day: int) -> dt.date | None:
    try:
        if cal == "gregorian":
            return dt.date(year, month, day)
        if cal == "solar_hijri":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        if cal == "lunar_hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return None


def calendar_year(cal: str, ref: dt.date) -> int:
    if cal == "solar_hijri":
        import jdatetime

        return jdatetime.date.fromgregorian(date=ref).year
    if cal == "lunar_hijri":
        from hijridate import Gregorian

        return Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    return ref.year


def resolve(cal: str, year: int | None, month: int, day: int, ref: dt.date | None):
    """ISO date, None when the year is unknown and there is no reference, False if invalid.

    Without a year the date is read as the most recent one on or before the reference, unless
    the next one is at most `AHEAD_DAYS` ahead: news is mostly about the recent past but also
    announces near deadlines ("31 December" in a 5 January article is six days earlier;
    "5 January" in a 7 November article is two months ahead).
    """
    if year is not None:
        got = to_gregorian(cal, year, month, day)
        return got.isoformat() if got else False
    if ref is None:
        # still reject 31 February and friends
        return None if to_gregorian(cal, 2000 if cal == "gregorian" else 1403, month, day) \
            or (month, day) == (2, 29) else False
    base = calendar_year(cal, ref)
    found = [d for d in (to_gregorian(cal, y, month, day) for y in (base - 1, base, base + 1))
             if d is not None]
    if not found:
        return False
    ahead = [d for d in found if d > ref]
    past = [d for d in found if d <= ref]
    if ahead and (min(ahead) - ref).days <= AHEAD_DAYS or not past:
        return min(ahead).isoformat()
    return max(past).isoformat()


AHEAD_DAYS = 92


def relative(value: tuple[str, int], ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    kind, offset = value
    if kind == "day":
        return (ref + dt.timedelta(days=offset)).isoformat()
    month_index = ref.year * 12 + ref.month - 1 + offset
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def weekday(target: int, ref: dt.date | None, step: int = 0) -> str | None:
    """The named weekday nearest before (or on) the reference; `step` 1 = the next one."""
    if ref is None:
        return None
    back = (ref.weekday() - target) % 7
    day = ref - dt.timedelta(days=back)
    if step > 0:
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif step < 0 and back == 0:
        day = ref - dt.timedelta(days=7)
    return day.isoformat()
