"""The demo events' interpreters and meeting rooms: the scheduler gives each meeting whose two
sides share no language (or where one side asks for it) an interpreter of the pair, so the
demo agendas show room and interpreter. Rows are created directly (the demo data is
consistent by construction); organisers change them on the staff page afterwards."""

from __future__ import annotations

from typing import Any

from techbridge.events.models import Event, Interpreter, MeetingSlot, Room

# Interpreters: (name, languages, sessions they do not work). The convention's meetings
# between a Chinese-only and an English- or German-only side (about half of them) need one.
_SURNAMES = "李 张 陈 王 刘 赵 孙 周 黄 徐 马 胡 朱 郭 何 林 罗 高 梁 宋 郑 谢 韩 唐 冯 曹"
_PINYIN = ("Li Zhang Chen Wang Liu Zhao Sun Zhou Huang Xu Ma Hu Zhu Guo He Lin Luo Gao Liang "
           "Song Zheng Xie Han Tang Feng Cao")  # fmt: skip


def _interpreters(n: int, german: int, off: dict[int, list[str]]) -> list[Any]:
    """n interpreters, the last `german` of them for zh–de (and English); `off`: index ->
    sessions they do not work."""
    rows = []
    for k, (zh, en) in enumerate(zip(_SURNAMES.split(), _PINYIN.split(), strict=True)):
        if k == n:
            break
        langs = ["zh", "de", "en"] if k >= n - german else ["zh", "en"]
        rows.append((f"{en} {'Min' if k % 2 else 'Jing'} {zh}{'敏' if k % 2 else '静'}", langs,
                     off.get(k, [])))  # fmt: skip
    return rows


CONVENTION_INTERPRETERS = _interpreters(26, 4, {4: ["d1-pm"], 6: ["d2-pm"], 23: ["d2-am"]})
# Rooms: (name, first table, last table, sessions closed)
CONVENTION_ROOMS = [
    ("Hall 3 North", 1, 20, []),
    ("Hall 3 East", 21, 40, []),
    ("Hall 3 West", 41, 60, ["d2-pm"]),
]
MATCHMAKING_INTERPRETERS = _interpreters(6, 1, {})
MATCHMAKING_ROOMS = [("Meeting room 501", 1, 8, []), ("Meeting room 502", 9, 15, [])]


def add_resources(
    event: Event,
    interpreters: list[tuple[str, list[str], list[str]]],
    rooms: list[tuple[str, int, int, list[str]]],
) -> None:
    """Create the event's interpreters and rooms; unavailable or closed sessions are given by
    their label (every slot of the session)."""
    slots = list(MeetingSlot.objects.filter(event=event))
    for name, languages, off in interpreters:
        row = Interpreter.objects.create(event=event, name=name, languages=languages)
        row.unavailable_slots.set([s for s in slots if s.session in off])
    for name, first, last, closed in rooms:
        room = Room.objects.create(event=event, name=name, first_table=first, last_table=last)
        room.closed_slots.set([s for s in slots if s.session in closed])
