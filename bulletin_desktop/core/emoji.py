"""Emoji and chat expression codes, which a bulletin cannot print.

The bulletin's faces (仿宋, 楷体, 黑体, 小标宋) have no emoji: 🔥, 👍 or ❤️ in an entry prints
as an empty box in Word and in the PDF. A chat copies its stickers as their names in
brackets ([强], [微笑], [玫瑰]), which print as they are and mean nothing on paper. Text
pasted into an entry or adopted from the inbox is taken without them; one emoji made of
several code points (👍🏻, 👨‍🚒, 🇨🇳, 5️⃣) counts as one.
"""
from __future__ import annotations

import re

from .lazy_pattern import LazyPattern
from .richtext import RichText, Run, normalize

# Pictographs drawn as emoji by default: the emoji planes, and the few older symbols that
# are emoji unless asked otherwise (⌚ ☕ ⚡ ✅ ❌ ⭐ …). Symbols a Chinese face has (★ ◆ ※ ①
# ℃ √) are not among them, nor are they when written plainly; with the emoji selector U+FE0F
# after them (❤️ ☀️ ✔️) they are drawn as emoji, and then left out too.
_PICTOGRAPH = ("[\U0001F000-\U0001FAFF\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615"
               "\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA"
               "\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757"
               "\u2764\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]")
_AS_EMOJI = "[\u00A9\u00AE\u203C\u2049\u2122-\u2BFF\u3030\u303D\u3297\u3299]\uFE0F"
_KEYCAP = "[0-9#*]\uFE0F?\u20E3"
_FLAG = "[\U0001F1E6-\U0001F1FF]{2}"  # two regional letters
_MODIFIERS = "[\uFE0F\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]*"
_ONE = f"(?:{_FLAG}|{_KEYCAP}|(?:{_PICTOGRAPH}|{_AS_EMOJI}){_MODIFIERS})"

# The names WeChat copies its stickers as (the QQ-style ones and the newer ones).
CHAT_EXPRESSIONS = (
    "微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 酷 冷汗 抓狂 吐 偷笑 愉快 可爱 白眼 傲慢 "
    "饥饿 困 惊恐 流汗 憨笑 悠闲 大兵 奋斗 咒骂 疑问 嘘 晕 疯了 折磨 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 糗大了 坏笑 左哼哼 右哼哼 "
    "哈欠 鄙视 委屈 快哭了 阴险 亲亲 吓 可怜 菜刀 西瓜 啤酒 篮球 乒乓 咖啡 饭 猪头 玫瑰 凋谢 嘴唇 示爱 爱心 心碎 蛋糕 闪电 炸弹 "
    "刀 足球 瓢虫 便便 月亮 太阳 礼物 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 差劲 爱你 NO OK 爱情 飞吻 跳跳 发抖 怄火 转圈 磕头 "
    "回头 跳绳 投降 激动 乱舞 献吻 左太极 右太极 嘿哈 捂脸 奸笑 机智 皱眉 耶 吃瓜 加油 汗 天啊 Emm 社会社会 旺柴 好的 打脸 哇 "
    "翻白眼 666 让我看看 叹气 苦涩 裂开 合十 红包 發 福 庆祝 烟花 爆竹 鞭炮 灯笼 破涕为笑 笑脸 生病 脸红 恐惧 失望 无语"
).split()
_EXPRESSION = r"\[(?:" + "|".join(sorted(map(re.escape, CHAT_EXPRESSIONS), key=len, reverse=True)) + r")\]"

# compiled on the first paste: the window's editor loads this module at every start
_UNPRINTABLE = LazyPattern(rf"{_ONE}(?:\u200D{_ONE})*|{_EXPRESSION}")


def without_emoji_text(text: str) -> tuple[str, int]:
    """``text`` without its emoji and chat expressions, and how many were left out."""
    kept, count = _UNPRINTABLE.subn("", text)
    return kept, count


def without_emoji(text: RichText) -> tuple[RichText, int]:
    """Rich text without its emoji and chat expressions, and how many were left out."""
    runs: list[Run] = []
    total = 0
    for run in text:
        kept, count = without_emoji_text(run.text)
        runs.append(Run(kept, run.bold))
        total += count
    return (normalize(runs) if total else text), total
