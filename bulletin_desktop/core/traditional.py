"""Traditional characters read as simplified by the archive's search: a query typed with
an input method left in traditional mode, or pasted from a traditional text (檢查, 會議),
finds what the archive writes in simplified (检查, 会议).

A small, general fold: the commonest traditional characters of office writing, each with
the one simplified character it always becomes (several may become one: 髮 and 發 are both
发); a character that is also a simplified one in its own right (乾, 著, 覆, 徵) is left
out, so that searching for it finds it and nothing else. One character for one, so that
positions in folded text are positions in the text. The pairs are a constant string; the
table is built on the first search (the archive's and a hit's place in its entry, ``find.occurrences``).
"""
from __future__ import annotations

import functools

_PAIRS = (
    "檢检會会議议國国際际經经濟济發发業业務务員员單单區区縣县鄉乡鎮镇廳厅處处辦办組组織织領领導导幹干黨党"
    "機机關关體体製制劃划規规範范標标準准質质監监測测驗验應应災灾險险隱隐責责時时間间過过進进還还這这個个"
    "們们來来對对於于與与為为爲为從从現现實实點点總总結结報报傳传達达學学習习講讲話话論论說说讀读認认識识"
    "記记錄录調调訪访問问題题決决產产農农糧粮漁渔礦矿電电氣气熱热運运輸输車车輛辆鐵铁橋桥樑梁場场館馆醫医"
    "療疗衛卫藥药飲饮環环護护態态綠绿節节約约資资財财稅税費费價价貨货幣币銀银貸贷補补貼贴獎奖勵励懲惩罰罚"
    "違违紀纪審审計计統统數数據据庫库檔档網网絡络訊讯號号碼码頁页紙纸書书寫写畫画圖图樣样舉举開开閉闭啟启"
    "動动參参聯联繫系係系團团隊队眾众歲岁萬万億亿兩两雙双幾几條条項项種种類类級级層层屆届週周歷历曆历舊旧"
    "後后裡里裏里邊边東东長长門门聞闻閱阅愛爱歡欢樂乐聽听聲声見见視视覺觉觀观親亲設设訂订證证評评試试詳详"
    "請请諸诸課课誤误該该語语誠诚謝谢讓让變变臨临鄰邻將将專专屬属歸归當当嚴严勞劳勢势協协積积極极穩稳確确"
    "況况減减滅灭滿满漲涨溫温濕湿灣湾燈灯爐炉牆墙狀状獨独獲获畢毕異异盡尽盤盘礎础禮礼禍祸稱称窮穷競竞筆笔"
    "築筑簡简籌筹紅红純纯納纳細细終终絕绝給给絲丝綜综維维緊紧線线編编緣缘縮缩績绩繼继續续羅罗義义聖圣職职"
    "肅肃脈脉腦脑膽胆興兴艦舰蓋盖蘇苏藝艺蟲虫複复復复覽览觸触討讨許许訴诉診诊詢询誰谁談谈諾诺謀谋譯译貝贝"
    "負负貢贡販贩貧贫購购貴贵賓宾賠赔賣卖趕赶趙赵跡迹躍跃軍军軌轨較较載载輔辅輕轻轉转迴回遠远適适選选遺遗"
    "遼辽郵邮鄭郑釋释鐘钟鍾钟錢钱錯错鋼钢閒闲陣阵陽阳陰阴陳陈陸陆階阶隨随雖虽雜杂雞鸡離离難难雲云靈灵韓韩"
    "頂顶順顺須须預预頭头額额顏颜願愿顧顾顯显風风飛飞飯饭飽饱養养餘余馬马駐驻髮发鬥斗魚鱼鳥鸟鳴鸣麥麦黃黄"
    "齊齐齒齿龍龙龜龟優优儀仪備备僅仅倫伦偉伟側侧償偿儲储兒儿內内剛刚創创劇剧勁劲勝胜匯汇彙汇卻却厲厉叢丛"
    "喪丧園园圍围圓圆塊块堅坚塵尘墊垫壓压壞坏壯壮壽寿夠够夢梦奮奋婦妇媽妈嬰婴孫孙寧宁寬宽寶宝尋寻島岛嶺岭"
    "巖岩幫帮帥帅師师帳帐帶带廢废廣广廠厂張张強强彈弹徑径徹彻恆恒惡恶慣惯慶庆憂忧憑凭懷怀戰战戲戏戶户拋抛"
    "掃扫掛挂採采換换損损搖摇搶抢撥拨擁拥擇择擊击擔担擴扩擬拟擾扰攝摄敗败敵敌斷断晉晋晝昼暫暂暢畅曉晓構构"
    "槍枪樓楼樞枢橫横權权欄栏殘残殺杀殼壳毀毁沒没溝沟滬沪漢汉潔洁潛潜澤泽濃浓濱滨無无煙烟燒烧營营燦灿爭争"
    "牽牵猶犹獻献畝亩盜盗睜睁矯矫礙碍禪禅竊窃糾纠紛纷紡纺紮扎綱纲緒绪練练縱纵繳缴罷罢脅胁膚肤臉脸艱艰莊庄"
    "華华葉叶蔣蒋薦荐藍蓝蘭兰術术衝冲裝装襲袭訓训詞词誌志謂谓豐丰豬猪貿贸賞赏賦赋贊赞贏赢趨趋蹤踪軟软輪轮"
    "辭辞連连遊游遞递遲迟釘钉針针鈴铃銷销鋪铺鋒锋錦锦鍵键鎖锁鏈链鑑鉴鑒鉴閃闪閣阁闖闯靜静韌韧響响頻频顆颗"
    "飄飘飾饰駕驾騎骑騰腾驅驱驚惊鬧闹麵面齡龄臺台颱台檯台傷伤傾倾僱雇儘尽麼么崗岗貫贯執执壩坝禦御醜丑鬆松"
    "隻只"
)
"""Traditional, simplified; traditional, simplified; …"""


@functools.cache
def _table() -> dict[int, int]:
    return {ord(old): ord(new) for old, new in zip(_PAIRS[::2], _PAIRS[1::2])}


def simplified(text: str) -> str:
    """``text`` with the traditional characters of the table as their simplified forms."""
    return text.translate(_table())
