"""A Party or government office's rule with an ornament in its middle (━━━★━━━), under the
masthead or between parts, as a copied text or a Word file prints it: a rule, no text."""
import pytest

from bulletin_desktop.core.recognise import Role, recognise
from bulletin_desktop.core.recognise.patterns import RULE_LINE
from bulletin_desktop.core.richtext import parse_markup

MASTHEAD = "某某简报\n第3期\n某某办公室　　2024年3月5日\n"


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()])


@pytest.mark.parametrize("rule", ["━━━━━━━━★━━━━━━━━", "——————★——————", "─────☆─────", "═══◆═══",
                                  "★", "　★　", "★ ★ ★", "◆◆◆", "★★★★★", "━━ ※ ━━"])
def test_a_rule_with_an_ornament_makes_no_section_nor_entry(rule):
    result = read(f"{MASTHEAD}{rule}\n【工作动态】\n3月1日，**某县**开会。\n{rule}\n【经验交流】\n某镇做法\n"
                  f"今年以来，某镇抓好安全生产。\n{rule}\n报：市委、市政府\n")
    issue = result.issue
    assert (issue.number, issue.office, str(issue.date)) == (3, "某某办公室", "2024-03-05")
    assert [(s.title, [e.kind for e in s.entries]) for s in issue.sections] == [
        ("工作动态", ["item"]), ("经验交流", ["article"])]
    assert [d.label for d in issue.distribution] == ["报"] and result.warnings == []
    lines = (MASTHEAD + rule).splitlines()
    assert result.roles[len(lines) - 1] == ()  # the rule is given no role: it is not read


@pytest.mark.parametrize("text", ["★工作动态★", "秘密★1年", "◆近日，某县开会。", "●", "◆", "★1"])
def test_text_with_an_ornament_is_no_rule(text):
    """A heading set between stars, a mark, an entry's bullet: text. So is a bullet alone on
    its line, which a copy may have cut from its entry's text."""
    assert not RULE_LINE.match(text)


def test_a_star_between_rules_stays_out_of_the_masthead():
    issue = read("某某简报\n第3期\n某某办公室　　2024年3月5日\n★\n3月1日，**某县**开会。\n").issue
    assert issue.office == "某某办公室"
    assert [(s.title, [(e.date, e.unit) for e in s.entries]) for s in issue.sections] == [
        ("", [("3月1日", "某县")])]
    assert Role.SECTION not in {role for roles in read(MASTHEAD + "★\n3月1日，某县开会。\n").roles for role in roles}
