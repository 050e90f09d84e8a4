"""Tags: built-ins, rename, merge (links move, duplicates collapse), delete, bulk tagging, notes."""

from __future__ import annotations

import pytest

from mbdesk.store import tags
from mbdesk.store.models import Note, Person, PersonTag, Tag, TagKind
from mbdesk.store.queries.people import tag_usage


@pytest.fixture
def people(db) -> list[int]:
    return [Person.create(platform="mastodon", remote_id=str(i), handle=f"p{i}").id
            for i in range(5)]


def carriers(tag_id: int) -> set[int]:
    return {pt.person_id for pt in PersonTag.select().where(PersonTag.tag == tag_id)}


def test_builtin_tags_made_once_and_kept_when_renamed(db) -> None:
    ids = tags.ensure_builtin_tags({"customer": "客户"})
    assert set(ids) == set(TagKind.BUILTIN)
    assert Tag.get_by_id(ids["customer"]).name == "客户"
    tags.rename_tag(ids["kol"], "Influencer")
    assert tags.ensure_builtin_tags() == ids
    assert Tag.select().count() == 3


def test_merge_moves_links_and_collapses_duplicates(people) -> None:
    vip = tags.create_tag("VIP")
    regular = tags.create_tag("Regular")
    tags.tag_people(people[:3], vip)
    tags.tag_people(people[2:4], regular)  # person 2 carries both
    count = tags.merge_tags(vip, regular)
    assert count == 4
    assert carriers(regular) == set(people[:4])
    assert Tag.get_or_none(Tag.id == vip) is None
    assert PersonTag.select().count() == 4  # no duplicate link for person 2


def test_merge_and_delete_refuse_builtins_and_self(people) -> None:
    kol = tags.tag_of_kind("kol")
    mine = tags.create_tag("Mine")
    with pytest.raises(tags.TagError):
        tags.merge_tags(kol, mine)
    with pytest.raises(tags.TagError):
        tags.merge_tags(mine, mine)
    with pytest.raises(tags.TagError):
        tags.delete_tag(kol)
    tags.tag_people(people, mine)
    tags.merge_tags(mine, kol)  # into a built-in is fine
    assert carriers(kol) == set(people)


def test_rename_refuses_a_taken_name_and_delete_removes_links(people) -> None:
    a = tags.create_tag("Wholesale")
    tags.create_tag("Gluten-free")
    with pytest.raises(tags.TagError):
        tags.rename_tag(a, "gluten-FREE")
    with pytest.raises(tags.TagError):
        tags.create_tag("wholesale")
    tags.rename_tag(a, "Wholesale lead")
    tags.tag_people(people[:2], a)
    assert tags.delete_tag(a) == 2
    assert PersonTag.select().count() == 0


def test_bulk_tag_and_untag_count_changes(people) -> None:
    t = tags.create_tag("Fair 2026")
    assert tags.tag_people(people[:3], t) == 3
    assert tags.tag_people(people, t) == 2  # three had it already
    assert tags.untag_people(people[:2], t) == 2
    assert carriers(t) == set(people[2:])
    usage = {u.tag.name: u.people for u in tag_usage()}
    assert usage == {"Fair 2026": 3}


def test_save_note_keeps_one_note(people) -> None:
    pid = people[0]
    Note.create(person=pid, body="old 1")
    Note.create(person=pid, body="old 2")
    tags.save_note(pid, "Orders every Friday")
    assert [n.body for n in Note.select().where(Note.person == pid)] == ["Orders every Friday"]
    tags.save_note(pid, "   ")
    assert Note.select().where(Note.person == pid).count() == 0
