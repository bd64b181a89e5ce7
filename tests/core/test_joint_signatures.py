"""Units that sign an entry together at its end: the entry's unit is theirs, joined as a
joint bold unit is, and it prints where it was signed only."""
import pytest

from bulletin_desktop.core.model import Item, signed_unit
from bulletin_desktop.core.recognise.body import read_item
from bulletin_desktop.core.richtext import Run, parse_markup, plain
from bulletin_desktop.core.units.joined import joined_names


@pytest.mark.parametrize("signature, unit", [
    ("（县应急管理局、县住建局供稿）", "县应急管理局、县住建局"),
    ("（县应急管理局 县住建局）", "县应急管理局、县住建局"),
    ("（县应急管理局　县住建局　县消防救援大队）", "县应急管理局、县住建局、县消防救援大队"),
    ("（供稿：县应急管理局、县住建局）", "县应急管理局、县住建局"),
    ("（县住建局和县交通运输局供稿）", "县住建局和县交通运输局"),
    ("——县应急管理局、县住建局", "县应急管理局、县住建局"),
])
def test_a_joint_signature_is_the_entrys_unit(signature, unit):
    text = f"3月1日，开展燃气安全联合检查，发现隐患12处。{signature}"
    item = read_item(parse_markup(text))
    assert (item.date, item.unit) == ("3月1日", unit)
    assert plain(item.rich) == text  # printed once, where it was signed
    assert len(joined_names(item.unit)) >= 2  # (what the statistics credit each unit by)


# (（县应急局 王磊）, a unit and its writer, names the unit: test_inbox_r7_signed_with_author)
@pytest.mark.parametrize("signature", ["（记者　王磊）", "（县应急局、全县）", "（西平县5处、上蔡县7处）"])
def test_a_signature_with_more_than_units_names_no_unit(signature):
    assert signed_unit((Run(f"开展检查。{signature}"),)) == ""


def test_a_joint_signature_on_a_line_of_its_own_is_read_too():
    from bulletin_desktop.core.recognise import recognise

    lines = ["某某简报", "第3期", "某某办公室　　2024年3月5日", "【工作动态】",
             "3月1日，开展燃气安全联合检查。", "（县应急管理局、县住建局供稿）"]
    entry = recognise([parse_markup(line) for line in lines]).issue.sections[0].entries[0]
    assert isinstance(entry, Item) and entry.unit == "县应急管理局、县住建局"
    assert plain(entry.rich) == "3月1日，开展燃气安全联合检查。（县应急管理局、县住建局供稿）"
