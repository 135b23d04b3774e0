"""``newsbrief stories``: the stored stories, newest first, as plain dicts (the JSON the CLI and
the API print)."""

from __future__ import annotations

import sqlite3


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(since: str | None, until: str | None, query: str | None) -> tuple[str, list[object]]:
    where = []
    params: list[object] = []
    if since:
        where.append("s.last_seen >= ?")
        params.append(since)
    if until:  # seen on or before: its first article is not later than that day
        where.append("s.first_seen <= ?")
        params.append(until)
    if query:
        where.append(
            "(s.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM memberships m JOIN articles a"
            " ON a.id = m.article_id WHERE m.story_id = s.id AND a.title LIKE ? ESCAPE '\\'))"
        )
        params += [_like(query), _like(query)]
    return (" WHERE " + " AND ".join(where) if where else ""), params


def count_stories(
    db: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    query: str | None = None,
) -> int:
    """How many stories ``list_stories`` with the same filters lists (without paging)."""
    where, params = _where(since, until, query)
    return int(db.execute(f"SELECT count(*) FROM stories s{where}", params).fetchone()[0])


def list_stories(
    db: sqlite3.Connection,
    *,
    since: str | None = None,
    until: str | None = None,
    query: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, object]]:
    """Each story: id, title, article and outlet counts, first and last seen, and its articles
    (id, source, title, published, duplicate_of).  ``since``: stories seen on or after that
    ISO date; ``until``: stories first seen on or before it; ``query``: text in the story's
    title or any member's title (case-insensitive); ``limit``/``offset``: one page."""
    where, params = _where(since, until, query)
    sql = "SELECT s.id, s.title, s.first_seen, s.last_seen FROM stories s" + where
    sql += " ORDER BY coalesce(s.last_seen, '') DESC, s.rank"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    out = []
    for sid, title, first, last in db.execute(sql, params).fetchall():
        members = db.execute(
            "SELECT a.id, a.source, a.title, a.published, a.outlet, d.canonical_id"
            " FROM memberships m JOIN articles a ON a.id = m.article_id"
            " LEFT JOIN duplicates d ON d.article_id = a.id"
            " WHERE m.story_id = ? ORDER BY coalesce(a.published, ''), a.id",
            (sid,),
        ).fetchall()
        out.append(
            {
                "id": sid,
                "title": title,
                "article_count": len(members),
                "outlet_count": len({m[4] for m in members if m[4]}),
                "first_seen": first,
                "last_seen": last,
                "articles": [
                    {
                        "id": m[0],
                        "source": m[1],
                        "title": m[2],
                        "published": m[3],
                        "duplicate_of": m[5],
                    }
                    for m in members
                ],
            }
        )
    return out


__all__ = ["count_stories", "list_stories"]
