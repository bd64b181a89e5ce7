<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(no archive open)</source>
        <translation>（未打开档案库）</translation>
    </message>
    <message>
        <source>About Bulletin Desktop</source>
        <translation>关于简报编辑器</translation>
    </message>
    <message>
        <source>Bulletin Desktop</source>
        <translation>简报编辑器</translation>
    </message>
    <message>
        <source>Assemble work bulletins, keep every issue in a local archive and export them to Word in the official document layout.</source>
        <translation>编排工作简报，把每一期存入本机档案库，并按党政机关公文格式导出 Word 文档。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案库</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>界面库</translation>
    </message>
    <message>
        <source>Open archive &amp;folder</source>
        <translation>打开档案库所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>打开备份文件夹(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>Checking the archive…</source>
        <translation>正在检查档案库…</translation>
    </message>
    <message>
        <source>Check Archive</source>
        <translation>检查档案库</translation>
    </message>
    <message>
        <source>There is no good backup of it yet (Archive → Backup and Restore… takes one).</source>
        <translation>它还没有完好的备份（“档案库 → 备份与恢复…”可以立即备份）。</translation>
    </message>
    <message>
        <source>Its newest good backup was taken {age} and holds {issues} issues.</source>
        <translation>最近一份完好的备份是{age}做的，其中有 {issues} 期。</translation>
    </message>
</context>
<context>
    <name>ArchiveFreeBanner</name>
    <message>
        <source>The other program has closed the archive: it can be edited now.</source>
        <translation>另一个程序已关闭档案库，现在可以编辑了</translation>
    </message>
    <message>
        <source>Start Editing</source>
        <translation>开始编辑</translation>
    </message>
</context>
<context>
    <name>ArchiveTools</name>
    <message>
        <source>Mark as &amp;Final</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>The issue as printed: it can no longer be changed until reopened</source>
        <translation>本期已是付印的样子：定稿后不能再修改，除非撤销定稿</translation>
    </message>
    <message>
        <source>&amp;Reopen for Editing</source>
        <translation>撤销定稿(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Backup and Restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check Archive…</source>
        <translation>检查档案库(&amp;C)…</translation>
    </message>
    <message>
        <source>Read every page of the archive file to see that it is whole</source>
        <translation>逐页读一遍档案库文件，看它是否完好</translation>
    </message>
    <message>
        <source>Cannot change the issue&apos;s status</source>
        <translation>无法更改本期的定稿状态</translation>
    </message>
    <message>
        <source>The issue is final: it can no longer be changed.</source>
        <translation>本期已定稿，不能再修改。</translation>
    </message>
    <message>
        <source>The issue can be edited again.</source>
        <translation>已撤销定稿，本期可以修改了。</translation>
    </message>
    <message>
        <source>{count} issues are final: they can no longer be changed.</source>
        <translation>{count} 期已定稿，不能再修改。</translation>
    </message>
    <message>
        <source>{count} issues were exported for the first time and are not final yet. Are they the issues as they will be printed? A final issue can no longer be changed (until it is reopened).</source>
        <translation>有 {count} 期是第一次导出，尚未定稿。这些就是付印的版本吗？定稿后不能再修改（撤销定稿后才能修改）。</translation>
    </message>
    <message>
        <source>Mark as final?</source>
        <translation>定稿吗？</translation>
    </message>
    <message>
        <source>{name} was exported. Is this the issue as it will be printed? A final issue can no longer be changed (until it is reopened).</source>
        <translation>已导出 {name}。这就是要印发的样子吗？定稿后本期不能再修改（可以撤销定稿）。</translation>
    </message>
    <message>
        <source>{series} {number} is final and cannot be deleted. To delete it, reopen it first (Archive &gt; Reopen for Editing).</source>
        <translation>《{series}》{number}已定稿，不能删除。如需删除，请先撤销定稿（档案库 &gt; 撤销定稿）。</translation>
    </message>
    <message>
        <source>{series} {number} is final and cannot be changed. To change it, reopen it first (Archive &gt; Reopen for Editing).</source>
        <translation>《{series}》{number}已定稿，不能修改。如需修改，请先撤销定稿（档案库 &gt; 撤销定稿）。</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>导出未记入档案库</translation>
    </message>
    <message>
        <source>The files were written, but the archive could not record the export: {error}</source>
        <translation>文件已写好，但档案库没能记下这次导出：{error}</translation>
    </message>
    <message>
        <source>Mark as Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Not Yet</source>
        <translation>暂不定稿</translation>
    </message>
</context>
<context>
    <name>BackupAge</name>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>{n} hours ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>{n} minutes ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚才</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Backed up by you (kept)</source>
        <translation>手动备份（保留）</translation>
    </message>
    <message>
        <source>Before an upgrade (kept)</source>
        <translation>升级前（保留）</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>其他副本</translation>
    </message>
    <message>
        <source>The archive is open read-only: it cannot be replaced by a backup from this window.</source>
        <translation>档案库以只读方式打开，不能在这个窗口中用备份替换它。</translation>
    </message>
    <message>
        <source>Backing up the archive…</source>
        <translation>正在备份档案库…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite)</source>
        <translation>简报档案库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing a copy of the archive to {path}…</source>
        <translation>正在把档案库的副本写入 {path}…</translation>
    </message>
    <message>
        <source>A copy of the archive was written to {path}</source>
        <translation>档案库的副本已写入 {path}</translation>
    </message>
    <message>
        <source>Backup of {date} (read-only) — {title}</source>
        <translation>{date} 的备份（只读）— {title}</translation>
    </message>
    <message>
        <source>Cannot Open the Backup</source>
        <translation>无法打开备份</translation>
    </message>
    <message>
        <source>This backup was kept before the archive was upgraded and is in an older format; a copy of it could not be upgraded to be looked at (is the disk full?). The backup itself is unchanged.</source>
        <translation>这份备份是档案库升级前保存的，格式较旧；为了查看而复制出的副本没能升级（磁盘是否已满？）。备份本身没有改动。</translation>
    </message>
    <message>
        <source>Delete the backup of {date}? It is removed from the disk and cannot be brought back.</source>
        <translation>删除 {date} 的备份吗？它将从磁盘上删去，无法找回。</translation>
    </message>
    <message>
        <source>The backup of {date} is the only good backup of this archive: if the archive is ever damaged, there will be nothing to restore it from. Delete it all the same?</source>
        <translation>{date} 的备份是这个档案库唯一完好的备份：删去后档案库一旦损坏，将没有备份可以恢复。仍要删除吗？</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Cannot delete the backup</source>
        <translation>无法删除备份</translation>
    </message>
    <message>
        <source>The backup of {date} was deleted.</source>
        <translation>已删除 {date} 的备份。</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Replace the archive with the backup of {date}?

{changes}

The current file is kept, renamed {name}, in the folder {folder}.</source>
        <translation>用 {date} 的备份替换档案库吗？

{changes}

现在的文件不删除，改名为 {name} 保留在文件夹 {folder} 中。</translation>
    </message>
    <message>
        <source>Restored from the backup. The file it replaced is kept as {name}.</source>
        <translation>已从备份恢复。被替换的文件保留为 {name}。</translation>
    </message>
    <message>
        <source>Backup and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>The archive backs itself up when opened (if the newest backup is a day old), every hour while it changes and on closing. Restoring keeps the current file beside it under another name.</source>
        <translation>档案库会自动备份：打开时（如果最近的备份已超过一天）、有修改时至多每小时一次、关闭时（如有修改）。恢复时，当前的文件会改名保留，不会删除。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Newest issue</source>
        <translation>最新一期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Back Up &amp;To…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open Copy Read-only</source>
        <translation>以只读方式打开副本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the chosen backup from the disk (the backups you take and those kept before an upgrade stay until you remove them)</source>
        <translation>从磁盘上删去选中的备份（手动备份和升级前保留的备份一直保留，直到在这里删除）</translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation>删除备份(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>BackupFailed</name>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>Your work is saved in the archive, but it is not being backed up. Free some space or make the backups folder writable; meanwhile, Archive &gt; Backup and Restore &gt; Back Up To… writes a copy elsewhere (a USB stick).</source>
        <translation>所做的修改已保存在档案库中，但没能自动备份。请清理磁盘空间，或使备份文件夹可以写入；在此之前，可以用“档案库 &gt; 备份与恢复 &gt; 备份到…”把副本写到别处（如 U 盘）。</translation>
    </message>
</context>
<context>
    <name>BatchExportController</name>
    <message>
        <source>Export Selected Issues</source>
        <translation>导出所选各期</translation>
    </message>
    <message>
        <source>Choose the issues to export in the issue list (Ctrl+click or Shift+click for several).</source>
        <translation>请先在期次列表中选中要导出的各期（按住 Ctrl 或 Shift 单击可选多期）。</translation>
    </message>
    <message>
        <source>Export Each Issue to Word: Choose a Folder</source>
        <translation>每期导出为一个 Word 文件：选择文件夹</translation>
    </message>
    <message>
        <source>Exporting {count} issues to Word…</source>
        <translation>正在把 {count} 期导出为 Word…</translation>
    </message>
    <message>
        <source>{count} issues exported to {folder}</source>
        <translation>已把 {count} 期导出到 {folder}</translation>
    </message>
    <message>
        <source>; {count} files already there skipped</source>
        <translation>；跳过了 {count} 个已有的文件</translation>
    </message>
    <message>
        <source>Year Compilation</source>
        <translation>年度汇编</translation>
    </message>
    <message>
        <source>The archive has no issues yet.</source>
        <translation>档案库中还没有简报。</translation>
    </message>
    <message>
        <source>{series}, {year}</source>
        <translation>{series}，{year} 年</translation>
    </message>
    <message>
        <source>Compile the issues of the year into one Word file with a table of contents:</source>
        <translation>把这一年的各期汇编为一个带目录的 Word 文件：</translation>
    </message>
    <message>
        <source>Save the Year Compilation</source>
        <translation>保存年度汇编</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Compiling {count} issues of {year}…</source>
        <translation>正在汇编 {year} 年的 {count} 期…</translation>
    </message>
    <message>
        <source>{count} issues of {year} compiled into {path}</source>
        <translation>已把 {year} 年的 {count} 期汇编到 {path}</translation>
    </message>
    <message>
        <source>Files Already There</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} files of the names to be written. Replace them?</source>
        <translation>文件夹 {folder} 中已有 {count} 个同名的文件。要替换它们吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Save Under New Names (2)</source>
        <translation>另存为新名称（2）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>BonusFlagsMenu</name>
    <message>
        <source>Bonus &amp;Flags</source>
        <translation>加分标记(&amp;F)</translation>
    </message>
    <message>
        <source>(choose an entry)</source>
        <translation>（请先选择一个条目）</translation>
    </message>
    <message>
        <source>(the scoring table has no bonus flags)</source>
        <translation>（计分办法中没有加分项）</translation>
    </message>
    <message>
        <source>{label} (+{points} points)</source>
        <translation>{label}（加 {points} 分）</translation>
    </message>
    <message>
        <source>Bonus Flags</source>
        <translation>加分标记</translation>
    </message>
</context>
<context>
    <name>ClosingBackup</name>
    <message>
        <source>Finishing the backup…</source>
        <translation>正在完成备份…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>A file operation failed: {error}</source>
        <translation>文件操作失败：{error}</translation>
    </message>
    <message>
        <source>Internal error ({kind}: {error}). Please tell the person who maintains this program.</source>
        <translation>内部错误（{kind}：{error}）。请把这条信息告诉维护人员。</translation>
    </message>
    <message>
        <source>Archive in use</source>
        <translation>档案库正在使用中</translation>
    </message>
    <message>
        <source>You can open it read-only: read, search, export and print, without changes.</source>
        <translation>可以以只读方式打开：能查看、检索、导出和打印，但不能修改。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>删除这一期</translation>
    </message>
    <message>
        <source>Delete {series} {title} ({date}, {count} entries)?

It goes to the trash (Archive &gt; Trash), from where it can be restored.</source>
        <translation>确定要删除《{series}》{title}（{date}，{count} 条）吗？

它会移入回收站（档案库 &gt; 回收站），可以从那里恢复。</translation>
    </message>
    <message>
        <source>New Bulletin</source>
        <translation>新建刊物</translation>
    </message>
    <message>
        <source>Name of the new bulletin (e.g. 漯河安全生产简报):</source>
        <translation>新刊物的名称（如 漯河安全生产简报）：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <source>The latest changes could not be saved: {error}</source>
        <translation>最近的修改没能保存：{error}</translation>
    </message>
    <message>
        <source>Keep editing to put the problem right (the changes stay in memory), or discard the changes.</source>
        <translation>可以继续编辑、排除问题（修改仍保留在内存中），也可以放弃这些修改。</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>不能打印</translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then print again.</source>
        <translation>请改成一个还没有用过的期号，改好后再打印。</translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then print again.</source>
        <translation>请先排除这个问题，让改动保存下来，再打印。</translation>
    </message>
    <message>
        <source>Cannot mark the issue final</source>
        <translation>不能定稿</translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then mark it final again.</source>
        <translation>请改成一个还没有用过的期号，改好后再定稿。</translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then mark it final again.</source>
        <translation>请先排除这个问题，让改动保存下来，再定稿。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>不能导出</translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then export again.</source>
        <translation>请改成一个还没有用过的期号，改好后再导出。</translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then export again.</source>
        <translation>请先排除这个问题，让改动保存下来，再导出。</translation>
    </message>
    <message>
        <source>This issue has a change that could not be saved: {error}</source>
        <translation>这一期有改动没能保存：{error}</translation>
    </message>
</context>
<context>
    <name>DistributionRow</name>
    <message>
        <source>Label: 报 (superiors), 送 (peers and leaders), 发 (subordinates) …</source>
        <translation>类别：报（上级）、送（平级及领导）、发（下级）……</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this distribution line</source>
        <translation>删除这一行分送范围</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Choose an entry in the list on the left to see it. This issue cannot be changed.</source>
        <translation>请在左侧选择一个条目查看。本期不能修改。</translation>
    </message>
    <message>
        <source>Printed in brackets, e.g. 【Arrangements】.</source>
        <translation>印在方括号中，如【安排部署】。</translation>
    </message>
    <message>
        <source>Section · {count} entries</source>
        <translation>栏目 · 共 {count} 条</translation>
    </message>
    <message>
        <source>【{section}】 entry {number} of {count}</source>
        <translation>【{section}】 第 {number} 条，共 {count} 条</translation>
    </message>
    <message>
        <source>{count} characters in this entry</source>
        <translation>本条 {count} 字</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>{count} lines of the page (a printed copy&apos;s page numbers and running heads, a web page&apos;s menu path and its 来源, 发布时间 and 浏览次数 lines, a chat&apos;s sender-and-time lines, a mail&apos;s signature) were left out of the pasted text.</source>
        <translation>粘贴的文字中有 {count} 行是页面上的（打印件的页码和页眉，网页的栏目路径和“来源”“发布时间”“浏览次数”行，聊天记录的发送人和时间行，邮件的签名），已略去。</translation>
    </message>
    <message>
        <source>{count} emoji and chat expressions were left out of the pasted text: the bulletin&apos;s fonts cannot print them.</source>
        <translation>粘贴的文字中有 {count} 个表情符号未保留：简报的字体印不出它们。</translation>
    </message>
    <message>
        <source>The pasted text holds {count} dated entries: the first went here, the other {rest} were added after it.</source>
        <translation>粘贴的文字含 {count} 条带日期的条目：第一条放在这里，其余 {rest} 条已新建在它后面。</translation>
    </message>
    <message>
        <source>The {count} pasted paragraphs were joined into one: an entry prints as one paragraph (an article keeps its paragraphs).</source>
        <translation>粘贴的 {count} 段已接成一段：条目印出来只有一段（文章可以分段）。</translation>
    </message>
    <message>
        <source> Its {count} paragraphs were joined into one.</source>
        <translation>其中第一条的 {count} 段已接成一段。</translation>
    </message>
    <message>
        <source>{count} of them repeat an entry pasted before them word for word: delete the copies if the text was pasted twice.</source>
        <translation>其中 {count} 条与前面粘贴的条目一字不差，如果是重复粘贴，请删去多余的。</translation>
    </message>
    <message>
        <source>The pasted date {date} stays in the text: this entry is dated {entry_date}.</source>
        <translation>粘贴的日期“{date}”留在正文中：本条的日期是{entry_date}。</translation>
    </message>
    <message>
        <source>The pasted date {date} went to the date field.</source>
        <translation>粘贴的日期“{date}”已移到日期栏。</translation>
    </message>
    <message>
        <source>The entry is dated {date} already: the pasted date was not repeated.</source>
        <translation>本条的日期已是{date}，粘贴的日期没有重复写入正文。</translation>
    </message>
    <message>
        <source>The pasted unit {unit} stays in the text: this entry&apos;s unit is {entry_unit}.</source>
        <translation>粘贴的单位“{unit}”留在正文中：本条的报送单位是{entry_unit}。</translation>
    </message>
    <message>
        <source>The pasted unit {unit} went to the unit field.</source>
        <translation>粘贴的单位“{unit}”已移到报送单位栏。</translation>
    </message>
    <message>
        <source>The entry&apos;s unit is {unit} already: it was not repeated.</source>
        <translation>本条的报送单位已是{unit}，粘贴的单位没有重复写入正文。</translation>
    </message>
    <message>
        <source>This does not look like a bulletin date (11月15日, 11月15日下午 or 11月14日—11月18日). It is kept as typed.</source>
        <translation>日期格式不常见（应为“11月15日”“11月15日下午”或“11月14日—11月18日”），仍按输入的内容保存。</translation>
    </message>
    <message>
        <source>Choose an entry in the list on the left, or press Insert to add one.</source>
        <translation>请在左侧选择一个条目，或按 Insert 键新建条目。</translation>
    </message>
    <message>
        <source>Section na&amp;me</source>
        <translation>栏目名称(&amp;M)</translation>
    </message>
    <message>
        <source>Printed in brackets, e.g. 【Arrangements】. Press Insert to add an entry to this section.</source>
        <translation>印在方括号中，如【安排部署】。按 Insert 键在本栏目中新建条目。</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 11月15日 or 11月14日—11月18日</source>
        <translation>如 11月15日 或 11月14日—11月18日</translation>
    </message>
    <message>
        <source>Reporting &amp;unit</source>
        <translation>报送单位(&amp;U)</translation>
    </message>
    <message>
        <source>Printed in bold after the date (optional)</source>
        <translation>加粗印在日期之后（可不填）</translation>
    </message>
    <message>
        <source>Nu&amp;mber or title</source>
        <translation>序号或小标题(&amp;M)</translation>
    </message>
    <message>
        <source>Before the date: a number (1．, ◆) or a run-in title (optional)</source>
        <translation>印在日期前：序号（1．、◆）或小标题（可不填）</translation>
    </message>
    <message>
        <source>Article na&amp;me</source>
        <translation>文章标题(&amp;M)</translation>
    </message>
    <message>
        <source>Te&amp;xt (one per line; 一、… opens a heading)</source>
        <translation>正文(&amp;X)（每段一行；以“一、”开头的是小标题）</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>正文(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Export to Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export to Word failed</source>
        <translation>导出 Word 失败</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source> Insert the USB stick (or the drive) the folder is on, or choose another folder, and export again.</source>
        <translation>请插上这个文件夹所在的U盘（或移动硬盘），或者另选一个文件夹，再导出。</translation>
    </message>
    <message>
        <source>Export PDF failed</source>
        <translation>导出 PDF 失败</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>FileReading</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading {index} of {count}: {file}</source>
        <translation>正在读取第 {index} 个，共 {count} 个：{file}</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <source>Reopen for Editing</source>
        <translation>撤销定稿</translation>
    </message>
    <message>
        <source>This issue is final (since {time}) and cannot be changed.</source>
        <translation>本期已定稿（{time}），不能修改。</translation>
    </message>
    <message>
        <source>This issue is final and cannot be changed.</source>
        <translation>本期已定稿，不能修改。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Not found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 处，共 {total} 处</translation>
    </message>
    <message>
        <source>{count} replaced</source>
        <translation>已替换 {count} 处</translation>
    </message>
    <message>
        <source>{replaced}; {kept} left in the bulletin&apos;s name, issue number or date</source>
        <translation>{replaced}；刊名、期号或日期中的 {kept} 处未替换</translation>
    </message>
    <message>
        <source>The bulletin&apos;s name, the issue number and the date are found, not replaced: change them in the masthead panel.</source>
        <translation>刊名、期号和日期只查找、不替换：请在报头面板中修改。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>F&amp;ind in this issue:</source>
        <translation>在本期中查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>要查找的文字</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>换成的文字</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>替换(&amp;P)</translation>
    </message>
    <message>
        <source>Replace this match and go to the next one</source>
        <translation>替换这一处，然后到下一处</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Replace every match in this issue (one step to undo)</source>
        <translation>替换本期中的每一处（撤销时一次全部恢复）</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Clean up layout traces</source>
        <translation>清理排版痕迹</translation>
    </message>
    <message>
        <source>Checking against earlier issues…</source>
        <translation>正在查往期…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用建议</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>忽略此处</translation>
    </message>
    <message>
        <source>Ignore everywhere</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>词表…</translation>
    </message>
    <message>
        <source>The term list and what is ignored everywhere, kept in the archive</source>
        <translation>规范提法表和全部忽略的提示，保存在档案库中</translation>
    </message>
    <message>
        <source>Same unit, change to…</source>
        <translation>是同一单位，改为…</translation>
    </message>
    <message>
        <source>Not the same unit</source>
        <translation>不是同一单位</translation>
    </message>
    <message>
        <source>Remembered in the archive: this pair of spellings is not reported again</source>
        <translation>记在档案库中：这两种写法以后不再提示</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>This entry beside the earlier one, the differing characters highlighted</source>
        <translation>本条与往期那一条并排显示，不同的字突出显示</translation>
    </message>
    <message>
        <source>Proofreading ({count})</source>
        <translation>校对（{count}）</translation>
    </message>
    <message>
        <source>{count} layout traces left by copying (stray spaces, paragraphs cut by a page break).</source>
        <translation>发现 {count} 处排版痕迹（多余空格、分页断开的段落）。</translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation>空栏目</translation>
    </message>
    <message>
        <source>This issue ({count})</source>
        <translation>本期（{count}）</translation>
    </message>
    <message>
        <source>【{section}】 heading ({count})</source>
        <translation>【{section}】栏目标题（{count}）</translation>
    </message>
    <message>
        <source>【{section}】 entry {index} ({count})</source>
        <translation>【{section}】第{index}条（{count}）</translation>
    </message>
    <message>
        <source>Exported with {count} unresolved proofreading findings; they are listed below and the count is recorded with the issue.</source>
        <translation>导出时还有 {count} 处校对提示没有处理，列在下面；这个数目已随本期记录。</translation>
    </message>
    <message>
        <source>This issue: {mine}
{earlier}: {text}</source>
        <translation>本期：{mine}
{earlier}：{text}</translation>
    </message>
    <message>
        <source>Same unit, change to {common}</source>
        <translation>是同一单位，改为{common}</translation>
    </message>
    <message>
        <source>“{found}” is not flagged in any issue any more. To have it flagged again: Lists…, the Ignored findings tab.</source>
        <translation>各期都不再提示“{found}”。要重新提示：点“词表…”，在“忽略的提示”页中取消忽略。</translation>
    </message>
    <message>
        <source>Not flagged at this place any more. To have it flagged again: Lists…, the Ignored findings tab.</source>
        <translation>这一处不再提示。要重新提示：点“词表…”，在“忽略的提示”页中点“这里重新提示”。</translation>
    </message>
    <message>
        <source>Not flagged at this place while the archive is open (it is open read-only).</source>
        <translation>档案库是只读打开的：这一处在本次打开期间不再提示。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Bulletins ({patterns});;All files (*)</source>
        <translation>简报文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Bulletins</source>
        <translation>导入简报</translation>
    </message>
    <message>
        <source>Import All Bulletins in a Folder</source>
        <translation>导入文件夹中的全部简报</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing can be imported.</source>
        <translation>档案库以只读方式打开，不能导入。</translation>
    </message>
    <message>
        <source>There are no bulletin files to import there.</source>
        <translation>那里没有可导入的简报文件（.docx、.doc、.wps、.rtf、.odt、.txt）。</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何文件。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported; the archive is as it was.</source>
        <translation>导入已取消：没有导入任何文件，档案库保持原样。</translation>
    </message>
    <message>
        <source>The masthead of {count} file(s) prints no bulletin name (it may be a picture). Name of the bulletin:</source>
        <translation>有 {count} 个文件的报头中没有简报名称的文字（报头可能是图片）。请输入这些期的简报名称：</translation>
    </message>
    <message>
        <source>Imported {series} {number}.</source>
        <translation>已导入{series}{number}。</translation>
    </message>
    <message>
        <source>{imported} of {count} files imported; {skipped} skipped as already in the archive; {refused} refused.</source>
        <translation>共 {count} 个文件：导入 {imported} 个；{skipped} 个档案库中已有，已跳过；{refused} 个未能导入。</translation>
    </message>
    <message>
        <source>{series} {number}</source>
        <translation>《{series}》{number}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation>以及另外 {count} 期</translation>
    </message>
    <message>
        <source>{count} of the issues are already in the archive (same bulletin and number): {issues}.</source>
        <translation>其中 {count} 期档案库中已有（同一刊物、同一期号）：{issues}。如何处理？</translation>
    </message>
    <message>
        <source>Already in the Archive</source>
        <translation>档案库中已有</translation>
    </message>
    <message>
        <source>Skip: keep the archive&apos;s version and leave the file out.
Replace: the file&apos;s content overwrites the archive&apos;s version, with every change made to it there; that version goes to the trash, from where it can be restored under another number.
Import as a copy: keep both, the file&apos;s under the next free number.</source>
        <translation>跳过：保留档案库中已有的，不导入文件中的。
替换：用文件的内容覆盖档案库中已有的，在档案库中对它做过的修改随原来的版本放入回收站，可以从回收站以别的期号恢复。
作为副本导入：两者都保留，文件中的改用下一个空着的期号。</translation>
    </message>
    <message>
        <source>The archive already has {issues} (same bulletin and number).</source>
        <translation>档案库中已有{issues}（同一刊物、同一期号）。如何处理？</translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Import as &amp;Copies</source>
        <translation>作为副本导入(&amp;C)</translation>
    </message>
    <message>
        <source>{series} {issue} is already in the archive</source>
        <translation>档案库中已有 {series} {issue}</translation>
    </message>
    <message>
        <source>{series} {issue}</source>
        <translation>{series} {issue}</translation>
    </message>
    <message>
        <source>No. {original} in the file, imported as No. {number}</source>
        <translation>文件中为第{original}期，作为第{number}期导入</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Replaced the one in the archive</source>
        <translation>已替换档案库中的一期</translation>
    </message>
    <message>
        <source>Imported as a copy</source>
        <translation>作为副本导入</translation>
    </message>
    <message>
        <source>Skipped: already in the archive</source>
        <translation>已跳过（档案库中已有）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>导入报告.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>保存为 CSV(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Check the Import: {file}</source>
        <translation>核对导入内容：{file}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Issue line: {line}</source>
        <translation>期号行：{line}</translation>
    </message>
    <message>
        <source>【{title}】</source>
        <translation>【{title}】</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>文章：{title}</translation>
    </message>
    <message>
        <source>Closing block</source>
        <translation>报尾</translation>
    </message>
    <message>
        <source>Check the Import</source>
        <translation>核对导入内容</translation>
    </message>
    <message>
        <source>The document as read (left) and the issue recognised in it (right). Correct the masthead before importing.</source>
        <translation>左边是读到的文档（识别出的部分以底色标出），右边是识别出的一期。导入前请核对并改正报头。</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>刊物名称(&amp;B)：</translation>
    </message>
    <message>
        <source>Issue &amp;number:</source>
        <translation>期号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Special series:</source>
        <translation>专刊(&amp;S)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>不编号</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>第 </translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>编印单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>(unit not known)</source>
        <translation>（未识别单位）</translation>
    </message>
    <message>
        <source>Also sent by {names}, not counted: which county or town&apos;s is not said (Edit Submission).</source>
        <translation>联合报送单位{names}未写明是哪个县（区、乡镇）的，未计入（可在“修改来稿”中写明）。</translation>
    </message>
    <message>
        <source>Status: adopted into {places}</source>
        <translation>状态：已采用到{places}</translation>
    </message>
    <message>
        <source>Status: {status} (reason: {reason})</source>
        <translation>状态：{status}（原因：{reason}）</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation>恢复为待处理</translation>
    </message>
    <message>
        <source>Mark this submission as waiting again, its reason cleared</source>
        <translation>把这篇来稿恢复为待处理，原因随之清除</translation>
    </message>
    <message>
        <source>Show submissions with this status</source>
        <translation>只显示这种状态的来稿</translation>
    </message>
    <message>
        <source>Show submissions of this unit</source>
        <translation>只显示这个单位的来稿</translation>
    </message>
    <message>
        <source>Search title and text</source>
        <translation>检索标题和正文</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收稿日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>The unit this submission comes from</source>
        <translation>这篇来稿的报送单位</translation>
    </message>
    <message>
        <source>Candidate entries (drag one onto a section, or double-click it, to adopt it alone):</source>
        <translation>候选条目（拖到栏目上或双击，可单独采用）：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Register Word or text files as submissions</source>
        <translation>把 Word 或纯文本文件登记为来稿</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Register the text on the clipboard as a submission</source>
        <translation>把剪贴板中的文字登记为来稿</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change the received date, unit, title, text or note of the submission</source>
        <translation>修改来稿的收稿日期、单位、标题、正文或备注</translation>
    </message>
    <message>
        <source>&amp;Adopt to…</source>
        <translation>采用到(&amp;T)…</translation>
    </message>
    <message>
        <source>Add the submission (or the chosen candidate) to a section of the open issue</source>
        <translation>把来稿（或选中的候选条目）加入当前这一期的某个栏目</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>不采用…</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Received</source>
        <translation>收稿日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>The archive is open read-only; submissions cannot be changed.</source>
        <translation>档案库以只读方式打开，不能修改来稿。</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>来稿</translation>
    </message>
    <message>
        <source>Import Submissions</source>
        <translation>导入来稿</translation>
    </message>
    <message>
        <source>Submissions ({patterns});;All files (*)</source>
        <translation>来稿文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was registered: {error}</source>
        <translation>一篇也没有登记：{error}</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>正在读取来稿…</translation>
    </message>
    <message>
        <source>Submissions are being read already; wait for them to finish.</source>
        <translation>正在读取来稿，请等读取完成后再登记。</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板里没有文字。</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message>
        <source>Already in the inbox, not registered again: {files}</source>
        <translation>已在收件箱中，未重复登记：{files}</translation>
    </message>
    <message>
        <source>{source} (No. {id})</source>
        <translation>{source}（第{id}号）</translation>
    </message>
    <message>
        <source>Corrected copies, which took the place of the submissions they correct (their numbers and dates received kept): {files}</source>
        <translation>以下更正稿已替换所更正的来稿（编号和收稿日期不变）：{files}</translation>
    </message>
    <message>
        <source>{source} (No. {id}, marked {status} before: pending again)</source>
        <translation>{source}（第{id}号，原标记为{status}，现重新列为待处理）</translation>
    </message>
    <message>
        <source>Notices withdrawing a submission, not registered themselves: {notices}</source>
        <translation>撤稿通知（本身不另登记）：{notices}</translation>
    </message>
    <message>
        <source>Sent again with some words changed (not marked as corrected), taken as the same piece: the new text took the place of the earlier submission&apos;s (its number and date received kept): {files}</source>
        <translation>以下来稿与已登记的来稿是同一篇（单位再次发来，改动了部分文字，未注明更正），已用新稿替换原稿的标题和正文（编号和收稿日期不变）：{files}</translation>
    </message>
    <message>
        <source>No. {id} “{title}” marked declined (withdrawn by its unit)</source>
        <translation>第{id}号来稿《{title}》已标记为未采用（报送单位撤稿）</translation>
    </message>
    <message>
        <source>No. {id} “{title}” is adopted in {places}, left as it is: delete the adopted entries, then decline it</source>
        <translation>第{id}号来稿《{title}》已采用到{places}，未改动；如需撤下，请删除采用的条目后再标记为未采用</translation>
    </message>
    <message>
        <source>{submissions}: the signature does not say which county or town the sender is, so no unit was registered for it (every county has one of that name). Choose its unit.</source>
        <translation>{submissions}：落款没有写明是哪个县（区、乡镇）的单位，未登记为新单位（各县都有同名单位）。请为它选择报送单位。</translation>
    </message>
    <message>
        <source>No. {id} signed “{name}”</source>
        <translation>第{id}号来稿署名“{name}”</translation>
    </message>
    <message>
        <source>{submissions}: a unit sending it together does not say which county or town it is, so it was left out. Give it under “Sent with” in Edit Submission.</source>
        <translation>{submissions}：联合报送单位没有写明是哪个县（区、乡镇）的，未计入；请在“修改来稿”的“联合报送”一栏写明。</translation>
    </message>
    <message>
        <source>No. {id} sent with “{name}”</source>
        <translation>第{id}号来稿的联合报送单位“{name}”</translation>
    </message>
    <message>
        <source>New units registered, as the submissions name their senders: {units}</source>
        <translation>已登记新单位（来稿注明的报送单位）：{units}</translation>
    </message>
    <message>
        <source>Open an issue to adopt submissions into.</source>
        <translation>请先打开要采用到的一期。</translation>
    </message>
    <message>
        <source>Adopt submission</source>
        <translation>采用来稿</translation>
    </message>
    <message>
        <source>{count} emoji and chat expressions were left out of the adopted text: the bulletin&apos;s fonts cannot print them.</source>
        <translation>采用的文字中有 {count} 个表情符号未保留：简报的字体印不出它们。</translation>
    </message>
    <message>
        <source>Adopted into 【{section}】 ({count} entries). Press Ctrl+Z to undo.</source>
        <translation>已采用到【{section}】（{count} 条）。按 Ctrl+Z 可以撤销。</translation>
    </message>
    <message>
        <source>Adopt again</source>
        <translation>再次采用</translation>
    </message>
    <message>
        <source>This submission has already been adopted into {place}. Adopt it again? Its entries would be printed and counted twice.</source>
        <translation>这篇来稿已采用到{place}。还要再采用一次吗？再采用，其中每条都会印两遍、计两次分。</translation>
    </message>
    <message>
        <source>Open an issue with sections to adopt submissions into.</source>
        <translation>请先打开一期有栏目的简报，再采用来稿。</translation>
    </message>
    <message>
        <source>Adopt to</source>
        <translation>采用到</translation>
    </message>
    <message>
        <source>Section of {issue}:</source>
        <translation>{issue}的栏目：</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不采用</translation>
    </message>
    <message>
        <source>Write the reason (the unit is told this); it cannot be left empty:</source>
        <translation>请写明原因（会告知报送单位），不能为空：</translation>
    </message>
    <message>
        <source>Reason (the unit is told this):</source>
        <translation>原因（会告知报送单位）：</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <source> ({special} No. {number})</source>
        <translation>（{special} 第{number}期）</translation>
    </message>
    <message>
        <source> ({special})</source>
        <translation>（{special}）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <source> · final</source>
        <translation> · 定稿</translation>
    </message>
    <message>
        <source>{series}, {issue}, {date}; last saved {saved}</source>
        <translation>《{series}》{issue}，{date}；最后保存于 {saved}</translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <source>Filter by number, date or special series</source>
        <translation>按期号、日期或专刊名筛选</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <source>Start the next issue, continuing from the latest one</source>
        <translation>接着最新一期新建下一期</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LostArchive</name>
    <message>
        <source>Archive Not Found</source>
        <translation>找不到档案库</translation>
    </message>
    <message>
        <source>The archive file {path} is not there: it may have been deleted or moved. Its backups are still there.</source>
        <translation>档案库文件 {path} 不见了，可能被删除或移走了。它的备份还在。</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. Work done after it is not in it.

Restore the archive from this backup?</source>
        <translation>最近一份完好的备份是 {date}（{age}）做的，其中有 {issues} 期，最新一期是{newest}。这以后所做的修改不在备份中。

用这份备份恢复档案库吗？</translation>
    </message>
    <message>
        <source>&amp;Restore from the Backup</source>
        <translation>用备份恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Another Archive…</source>
        <translation>打开其他档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The archive was restored from the backup of {date}.</source>
        <translation>已用 {date} 的备份恢复档案库。</translation>
    </message>
    <message>
        <source>This Is a Backup</source>
        <translation>这是一份备份</translation>
    </message>
    <message>
        <source>{name} is a backup of the archive “{archive}”. Changed, it would no longer be the backup it is, so it opens read-only: to look, search and export.</source>
        <translation>{name} 是档案库“{archive}”的备份。改动了它就不再是原来的备份，所以以只读方式打开：可以查看、检索和导出。</translation>
    </message>
    <message>
        <source>To bring the archive back to it, open the archive and use Archive &gt; Backup and Restore.</source>
        <translation>要用它恢复档案库，请打开档案库，用“档案库 → 备份与恢复”。</translation>
    </message>
    <message>
        <source>Open &amp;Read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Issue</source>
        <translation>新建一期(&amp;N)</translation>
    </message>
    <message>
        <source>Start the next issue, continuing from the latest one</source>
        <translation>接着最新一期新建下一期</translation>
    </message>
    <message>
        <source>New &amp;Bulletin…</source>
        <translation>新建刊物(&amp;B)…</translation>
    </message>
    <message>
        <source>Create a new bulletin and start its first issue</source>
        <translation>新建一个刊物，并开始它的第一期</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation>新建档案库(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>立即保存(&amp;S)</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves at once</source>
        <translation>修改会自动保存；此命令立即保存</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import past bulletins: Word, WPS, RTF, ODT or plain text files</source>
        <translation>导入往期简报：Word、WPS、RTF、ODT 或纯文本文件</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every bulletin file in a folder</source>
        <translation>导入一个文件夹中的全部简报文件</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>导出为 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Selected Issues to Wor&amp;d…</source>
        <translation>所选各期导出为 Word(&amp;D)…</translation>
    </message>
    <message>
        <source>Each issue chosen in the issue list as its own Word file, into a folder</source>
        <translation>把期次列表中选中的每一期各导出为一个 Word 文件，放入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Year Compilation…</source>
        <translation>年度汇编(&amp;Y)…</translation>
    </message>
    <message>
        <source>A year&apos;s issues in one Word file with a table of contents</source>
        <translation>把一年的各期汇编为一个带目录的 Word 文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <source>Bold the selected text (the only formatting a bulletin uses)</source>
        <translation>把选中的文字加粗（简报正文唯一的格式）</translation>
    </message>
    <message>
        <source>&amp;Find in This Issue…</source>
        <translation>在本期中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace in This Issue…</source>
        <translation>在本期中替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace text everywhere in this issue: masthead, entries and closing block</source>
        <translation>在本期各处替换文字：报头、栏目、条目、文章和报尾</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <source>Search &amp;All Issues…</source>
        <translation>全库检索(&amp;A)…</translation>
    </message>
    <message>
        <source>Search every issue in the archive</source>
        <translation>在档案库的全部各期中检索</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;Entry</source>
        <translation>新建条目(&amp;E)</translation>
    </message>
    <message>
        <source>Add an entry after the selected one</source>
        <translation>在所选条目之后新建一条</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>新建文章(&amp;A)</translation>
    </message>
    <message>
        <source>New &amp;Section</source>
        <translation>新建栏目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制一份(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move to Sec&amp;tion or Another Issue…</source>
        <translation>移到栏目或另一期(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected entry to another section of this issue, or into a section of another issue</source>
        <translation>把选中的条目移到本期另一个栏目，或移到另一期的栏目中</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Page Width</source>
        <translation>适合页宽(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Proofreading</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the proofreading findings</source>
        <translation>显示或隐藏校对发现的问题</translation>
    </message>
    <message>
        <source>Import &amp;Submissions…</source>
        <translation>导入来稿(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Bulletin Desktop</source>
        <translation>关于简报编辑器(&amp;A)</translation>
    </message>
    <message>
        <source>Toolba&amp;r</source>
        <translation>工具栏(&amp;R)</translation>
    </message>
    <message>
        <source>Issue &amp;List</source>
        <translation>期次(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Masthead</source>
        <translation>报头(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Search All Issues</source>
        <translation>全库检索(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>来稿(&amp;B)</translation>
    </message>
    <message>
        <source>Adoption S&amp;tatistics</source>
        <translation>采用统计(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>Search All Issues</source>
        <translation>全库检索</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>来稿</translation>
    </message>
    <message>
        <source>Adoption Statistics</source>
        <translation>采用统计</translation>
    </message>
    <message>
        <source>Another program is writing to this archive, so it is open read-only: you can read, search, export and print. This line tells you when the other program closes it.</source>
        <translation>另一个程序正在写入这个档案库，所以只读打开：可以查看、检索、导出和打印。那个程序关闭档案库后，这里会告诉您。</translation>
    </message>
    <message>
        <source>Issue not found</source>
        <translation>找不到这一期</translation>
    </message>
    <message>
        <source>Cannot open the issue</source>
        <translation>无法打开这一期</translation>
    </message>
    <message>
        <source>The issue {0} {1} is open instead; choose another in the Issues list.</source>
        <translation>现在打开的是 {0} {1}；要看别的期次，请在“期次”列表中选择。</translation>
    </message>
    <message>
        <source>Cannot start a new issue</source>
        <translation>无法新建一期</translation>
    </message>
    <message>
        <source>Started {number} of {series}. Press Ctrl+Z to take it back.</source>
        <translation>已新建{series}{number}。按 Ctrl+Z 可撤销新建。</translation>
    </message>
    <message>
        <source>Cannot take back the new issue</source>
        <translation>无法撤销新建的一期</translation>
    </message>
    <message>
        <source>{number} taken back; it is in the trash.</source>
        <translation>已撤销新建的{number}，这一期已移入回收站。</translation>
    </message>
    <message>
        <source>Cannot create the bulletin</source>
        <translation>无法新建刊物</translation>
    </message>
    <message>
        <source>Cannot delete the issue</source>
        <translation>无法删除这一期</translation>
    </message>
    <message>
        <source>Deleted {series} {title}; it is in the trash (Archive &gt; Trash).</source>
        <translation>已删除《{series}》{title}，已移入回收站（档案库 &gt; 回收站）。</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite *.db);;All files (*)</source>
        <translation>简报档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>bulletin-archive.sqlite</source>
        <translation>简报档案库.sqlite</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite)</source>
        <translation>简报档案库 (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Use Open Archive to open it.</source>
        <translation>{path} 已经存在。请用“打开档案库”打开它。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Cannot save the defaults</source>
        <translation>无法保存刊物默认设置</translation>
    </message>
    <message>
        <source>New issues of this bulletin will start from these settings.</source>
        <translation>本刊物以后新建的各期将沿用这些设置。</translation>
    </message>
    <message>
        <source>Deleted the section 【{title}】 with its {count} entries. Press Ctrl+Z to undo.</source>
        <translation>已删除栏目【{title}】及其中的 {count} 条条目。按 Ctrl+Z 可以撤销。</translation>
    </message>
    <message>
        <source>Deleted “{entry}”. Press Ctrl+Z to undo.</source>
        <translation>已删除“{entry}”。按 Ctrl+Z 可以撤销。</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>已删除。按 Ctrl+Z 可以撤销。</translation>
    </message>
    <message>
        <source>This issue has no other section to move the entry to.</source>
        <translation>本期没有别的栏目可以移入。</translation>
    </message>
    <message>
        <source>{number} already exists ({date}); the issue number was not changed. Choose another number; the other changes are saved with it.</source>
        <translation>{number}已有（{date}），期号没有改。请换一个期号，其他修改随后一并保存。</translation>
    </message>
    <message>
        <source>Bulletin Desktop</source>
        <translation>简报编辑器</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation>（已定稿）</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Finishing the export…</source>
        <translation>正在完成导出…</translation>
    </message>
    <message>
        <source>This archive is open read-only: you can read, search, export and print, but not change it.</source>
        <translation>档案库以只读方式打开：可以查看、检索、导出和打印，但不能修改。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>档案库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
</context>
<context>
    <name>MastheadPanel</name>
    <message>
        <source>Bulletin &amp;name</source>
        <translation>刊物名称(&amp;B)</translation>
    </message>
    <message>
        <source>Typing renames this bulletin, for every issue of it</source>
        <translation>在此修改即为刊物改名，它的各期都随之改名</translation>
    </message>
    <message>
        <source>Put this issue in another bulletin, or create a new bulletin</source>
        <translation>把这一期归入另一个刊物，或新建刊物</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Issue n&amp;umber</source>
        <translation>期号(&amp;Q)</translation>
    </message>
    <message>
        <source>The running number (总期号): the issue&apos;s number in the archive, one more for each new issue</source>
        <translation>总期号：这一期在档案库里的期号，每新建一期加一</translation>
    </message>
    <message>
        <source>Number &amp;form</source>
        <translation>期号写法(&amp;1)</translation>
    </message>
    <message>
        <source>How the issue line writes the number: the running number alone, or the number within the year beside it</source>
        <translation>期号行怎样写：只写总期号，或者写年度期号（可带年份和总期号）</translation>
    </message>
    <message>
        <source>Running number</source>
        <translation>只写总期号</translation>
    </message>
    <message>
        <source>By the year</source>
        <translation>年度期号</translation>
    </message>
    <message>
        <source>Without the year</source>
        <translation>不写年份</translation>
    </message>
    <message>
        <source>Without the running number</source>
        <translation>不印总期号</translation>
    </message>
    <message>
        <source>Running number with 总</source>
        <translation>总期号前加“总”</translation>
    </message>
    <message>
        <source>Numbering &amp;year</source>
        <translation>期号年份(&amp;2)</translation>
    </message>
    <message>
        <source>Number in the y&amp;ear</source>
        <translation>年度期号(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Special series</source>
        <translation>专刊名称(&amp;S)</translation>
    </message>
    <message>
        <source>Optional, e.g. 安全生产大检查专刊</source>
        <translation>可不填，如“安全生产大检查专刊”</translation>
    </message>
    <message>
        <source>Special &amp;number</source>
        <translation>专刊期号(&amp;Z)</translation>
    </message>
    <message>
        <source>The special series&apos; own number, printed after its name; none for a special series that numbers nothing</source>
        <translation>专刊自己的期号，印在专刊名称之后；专刊不编号时选“不编号”</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不编号</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;J)</translation>
    </message>
    <message>
        <source>Issuing &amp;office</source>
        <translation>编印单位(&amp;4)</translation>
    </message>
    <message>
        <source>Mar&amp;king</source>
        <translation>报头标记(&amp;5)</translation>
    </message>
    <message>
        <source>Printed above the name, e.g. 内部资料 注意保存 (optional)</source>
        <translation>印在刊名上方，如：内部资料 注意保存（可不填）</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>编审签发</translation>
    </message>
    <message>
        <source>Edi&amp;tors</source>
        <translation>编辑(&amp;C)</translation>
    </message>
    <message>
        <source>Names separated by spaces</source>
        <translation>姓名之间用空格分隔</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>审核(&amp;K)</translation>
    </message>
    <message>
        <source>Si&amp;gned off by</source>
        <translation>签发(&amp;G)</translation>
    </message>
    <message>
        <source>Ot&amp;her roles</source>
        <translation>其他署名(&amp;6)</translation>
    </message>
    <message>
        <source>Roles printed on the sign-off line besides these three, each as written: a chief editor&apos;s before them, the rest after</source>
        <translation>编辑、审核、签发以外印在署名行上的其他署名，按原样保留：主编等排在前面，其余排在后面</translation>
    </message>
    <message>
        <source>e.g. 主编：王五 校对：李四</source>
        <translation>如：主编：王五 校对：李四</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分送范围</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>&amp;Print run</source>
        <translation>印数(&amp;7)</translation>
    </message>
    <message>
        <source>Copies printed, stated at the end of the closing block as （共印35份）; 0 states none</source>
        <translation>印刷份数，印在报尾最后一行，如“（共印35份）”；0 表示不印</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>不印</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Use as defaults for new issues</source>
        <translation>存为本刊默认设置</translation>
    </message>
    <message>
        <source>New issues of this bulletin start with these sections, office, sign-off and distribution</source>
        <translation>本刊物以后新建的各期将沿用现在的栏目、编印单位、编审签发和分送范围</translation>
    </message>
    <message>
        <source>The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name (its {final} final issues still print the name they were finalized with).</source>
        <translation>刊物「{old}」共有 {count} 期；改为「{new}」后，这些期都印新名称（已定稿的 {final} 期仍印定稿时的名称）。</translation>
    </message>
    <message>
        <source>The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name.</source>
        <translation>刊物「{old}」共有 {count} 期；改为「{new}」后，这些期都印新名称。</translation>
    </message>
    <message>
        <source>Rename the Bulletin</source>
        <translation>刊物改名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Write the special series&apos; name first: an issue that is no special issue has no special number.</source>
        <translation>请先填写专刊名称：不是专刊的一期没有专刊期号。</translation>
    </message>
    <message>
        <source>The number form chosen above does not print this; choose a form that does to set it.</source>
        <translation>上面选的期号写法不印这一项；要填写它，请选择印出它的写法。</translation>
    </message>
    <message>
        <source>{form}: {line}</source>
        <translation>{form}：{line}</translation>
    </message>
</context>
<context>
    <name>MoveEntryDialog</name>
    <message>
        <source>(untitled section)</source>
        <translation>（未命名栏目）</translation>
    </message>
    <message>
        <source>{number} ({date})</source>
        <translation>{number}（{date}）</translation>
    </message>
    <message>
        <source>{issue} (final)</source>
        <translation>{issue}（已定稿）</translation>
    </message>
    <message>
        <source>Move “{entry}” from “{section}” to:</source>
        <translation>把“{entry}”从栏目“{section}”移到：</translation>
    </message>
    <message>
        <source>This issue ({number})</source>
        <translation>本期（{number}）</translation>
    </message>
    <message>
        <source>A new issue: {number} ({date})</source>
        <translation>新的一期：{number}（{date}）</translation>
    </message>
    <message>
        <source>{issue} would start with no sections, so the entry has nowhere to go. Start it with New Issue and add a section first.</source>
        <translation>{issue}新建时没有栏目，条目无处可放。请先用“新建一期”建立它并新建栏目。</translation>
    </message>
    <message>
        <source>The entry leaves this issue for {issue}, started now as New Issue starts it; a submission it was adopted from counts for {issue} then. Ctrl+Z moves the entry back; the new issue stays.</source>
        <translation>条目从本期移到现在新建的{issue}（同“新建一期”），它采用的来稿随之计入{issue}。按 Ctrl+Z 可以移回条目，新建的一期保留。</translation>
    </message>
    <message>
        <source>{issue} is final and takes no entries. To move the entry there, open that issue and reopen it first.</source>
        <translation>{issue}已定稿，不能移入条目。要移到那一期，请先打开它并撤销定稿。</translation>
    </message>
    <message>
        <source>This issue has no other section. Choose another issue, or add a section first.</source>
        <translation>本期没有别的栏目。请选择另一期，或先新建栏目。</translation>
    </message>
    <message>
        <source>{issue} has no sections yet. Open it and add a section first.</source>
        <translation>{issue}还没有栏目，请先打开它新建栏目。</translation>
    </message>
    <message>
        <source>The entry leaves this issue for {issue}; a submission it was adopted from counts for {issue} then. Both issues are saved at once; Ctrl+Z moves it back.</source>
        <translation>条目从本期移到{issue}，它采用的来稿随之计入{issue}。两期一起保存；按 Ctrl+Z 可以移回。</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>放在最后</translation>
    </message>
    <message>
        <source>As entry {n}</source>
        <translation>放在第 {n} 条</translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>期次(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>栏目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MoveToIssue</name>
    <message>
        <source>The archive is closed.</source>
        <translation>档案库已关闭。</translation>
    </message>
    <message>
        <source>The entry was not moved again: {reason}</source>
        <translation>条目没有再次移动：{reason}</translation>
    </message>
    <message>
        <source>The move was not undone: {reason}</source>
        <translation>没有撤销移动：{reason}</translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <source>Move entry to another issue</source>
        <translation>把条目移到另一期</translation>
    </message>
    <message>
        <source>Moved to {issue}, section “{section}”, entry {n}. Press Ctrl+Z to undo.</source>
        <translation>已移到{issue}栏目“{section}”第 {n} 条。按 Ctrl+Z 可以撤销。</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>没有打开的简报</source>
        <translation>没有打开的简报</translation>
    </message>
</context>
<context>
    <name>ProofreadController</name>
    <message>
        <source>Clean up layout traces</source>
        <translation>清理排版痕迹</translation>
    </message>
</context>
<context>
    <name>ProofreadListsDialog</name>
    <message>
        <source>Term list and ignored findings</source>
        <translation>规范提法表与忽略列表</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>规范提法</translation>
    </message>
    <message>
        <source>Terms: a form to flag, the form to use (empty for a banned word), a note.</source>
        <translation>规范提法：要提示的写法、应写作的写法（禁用词留空）、说明。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>Use instead</source>
        <translation>规范写法</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Ignored findings</source>
        <translation>忽略的提示</translation>
    </message>
    <message>
        <source>Ignored everywhere:</source>
        <translation>全部忽略的校对提示：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Stop ignoring</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <source>Ignored at one place of this issue:</source>
        <translation>本期中本处忽略的提示：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Show it again here</source>
        <translation>这里重新提示</translation>
    </message>
    <message>
        <source>Unit spellings</source>
        <translation>单位写法</translation>
    </message>
    <message>
        <source>Two spellings answered as two different units (not flagged any more):</source>
        <translation>已答复为不同单位的两种写法（不再提示）：</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>Not the same unit as</source>
        <translation>不是同一单位的写法</translation>
    </message>
    <message>
        <source>They are the same unit</source>
        <translation>是同一单位</translation>
    </message>
    <message>
        <source>Proofreading will suggest the common spelling again.</source>
        <translation>校对时将重新提示改为常见写法。</translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation>提示类别</translation>
    </message>
    <message>
        <source>Flag an entry whose lead date is more than</source>
        <translation>条目日期早于本期日期</translation>
    </message>
    <message>
        <source>days before the issue date</source>
        <translation>天以上时提示</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>任何提示</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ReadOnlyWhileHeld</name>
    <message>
        <source>Another program has opened the archive again; it stays read-only for now.</source>
        <translation>另一个程序又打开了档案库，暂时仍只能查看。</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>无法打开档案库</translation>
    </message>
    <message>
        <source>The archive is open for editing.</source>
        <translation>档案库已可编辑。</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>The archive {path} is damaged: part of it can no longer be read. Nothing has been changed in it.</source>
        <translation>档案库 {path} 已损坏，部分内容读不出来。程序没有改动这个文件。</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. Work done since then is not in it.</source>
        <translation>最近的完好备份是 {date}（{age}）的，共 {issues} 期，最新一期是{newest}。此后的修改不在其中。</translation>
    </message>
    <message>
        <source>There is no good backup of this archive.</source>
        <translation>这个档案库没有完好的备份。</translation>
    </message>
    <message>
        <source>The backup of {date} now takes the archive&apos;s place.</source>
        <translation>已用 {date} 的备份替换档案库。</translation>
    </message>
    <message>
        <source>Salvage cancelled: nothing was written and the damaged file is as it was.</source>
        <translation>已取消抢救：没有写出任何文件，损坏的档案库保持原样。</translation>
    </message>
    <message>
        <source>Rescue failed</source>
        <translation>抢救失败</translation>
    </message>
    <message>
        <source>Archive rescued</source>
        <translation>档案库已恢复</translation>
    </message>
    <message>
        <source>{result}

The damaged file is kept as {aside}.</source>
        <translation>{result}

损坏的文件保留为 {aside}。</translation>
    </message>
    <message>
        <source> {count} issues could not be read whole and were left out.</source>
        <translation>另有 {count} 期内容不全，未能抢救。</translation>
    </message>
    <message>
        <source>Salvaged {issues} issues with {entries} entries.</source>
        <translation>抢救出 {issues} 期、{entries} 条。</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>档案库已损坏</translation>
    </message>
    <message>
        <source>Salvage copies every issue that can still be read whole into a new archive and opens it. Whichever you choose, the damaged file is kept beside it under another name, never deleted.</source>
        <translation>抢救：把还能完整读出的每一期复制到新的档案库并打开它。无论选哪一种，损坏的文件都改名保留，不会删除。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>用备份恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Salvage</source>
        <translation>抢救(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReusedCompareDialog</name>
    <message>
        <source>Compare with an earlier issue</source>
        <translation>与往期对照</translation>
    </message>
    <message>
        <source>This issue</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>{issue}, {section}</source>
        <translation>{issue}【{section}】</translation>
    </message>
    <message>
        <source>Similar: {percent}%. Characters that differ are highlighted.</source>
        <translation>相似度 {percent}%，不同的字突出显示。</translation>
    </message>
</context>
<context>
    <name>SalvageRun</name>
    <message>
        <source>Salvaging the archive…</source>
        <translation>正在抢救档案库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>抢救档案库</translation>
    </message>
    <message>
        <source>Salvaging the archive: {copied} issues copied so far ({done} of {total} looked at)…</source>
        <translation>正在抢救档案库：已抢救 {copied} 期（已查看 {done}/{total} 期）…</translation>
    </message>
</context>
<context>
    <name>SaveErrorBanner</name>
    <message>
        <source>The latest changes could not be saved: {error} They are kept in memory and saved again with the next change (or press Ctrl+S).</source>
        <translation>最近的修改没能保存：{error}修改仍保留在内存中，下次修改时（或按 Ctrl+S）会再保存。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The first date is after the last: no issue can lie between them.</source>
        <translation>起始日期晚于结束日期，其间不会有任何一期。</translation>
    </message>
    <message>
        <source>Nothing found within the chosen year, dates, section or unit. Set them back to “All” to search every issue.</source>
        <translation>在所选的年份、日期、栏目或单位中没有找到。把它们改回“全部”，即在所有各期中检索。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <source>The first {count} results; add a word or a filter to narrow them.</source>
        <translation>只显示前 {count} 条；请加检索词或筛选条件缩小范围。</translation>
    </message>
    <message>
        <source>{count} results in {issues} issues</source>
        <translation>{issues} 期中共 {count} 条</translation>
    </message>
    <message>
        <source>All bulletins</source>
        <translation>全部刊物</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>日期范围…</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Search every issue (several words: all of them)</source>
        <translation>检索全部各期（多个词须同时出现，用空格分开）</translation>
    </message>
    <message>
        <source>Only this bulletin</source>
        <translation>只查这个刊物</translation>
    </message>
    <message>
        <source>Only issues of this year or date range</source>
        <translation>只查这一年或这段日期内的各期</translation>
    </message>
    <message>
        <source>Issues dated on or after this day</source>
        <translation>这一天及以后的各期</translation>
    </message>
    <message>
        <source>Issues dated on or before this day</source>
        <translation>这一天及以前的各期</translation>
    </message>
    <message>
        <source>Only entries in sections of this title</source>
        <translation>只查这个栏目中的条目</translation>
    </message>
    <message>
        <source>Only entries reported by this unit</source>
        <translation>只查这个单位报送的条目</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>Section {title}: {count} entries</source>
        <translation>栏目【{title}】：共 {count} 条</translation>
    </message>
    <message>
        <source>(untitled article)</source>
        <translation>（无标题文章）</translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation>（空条目）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the program starts.</source>
        <translation>更改的界面语言在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>保留备份份数(&amp;B)</translation>
    </message>
    <message>
        <source>The archive is copied on opening (when the newest copy is over a day old), at most hourly while it changes, and on closing after a change; older copies beyond this number are removed.</source>
        <translation>档案库会自动备份：打开时（如果最近的备份已超过一天）、有修改时至多每小时一次、关闭时（如有修改）；超过这个份数的旧备份会被删除。</translation>
    </message>
    <message>
        <source>Layout of this bulletin</source>
        <translation>本刊版式</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>恢复标准版式(&amp;R)</translation>
    </message>
    <message>
        <source>The standard layout (GB/T 9704) for this bulletin</source>
        <translation>本刊物改用党政机关公文格式国家标准的版式</translation>
    </message>
    <message>
        <source>Paper width (mm)</source>
        <translation>纸张宽度（毫米）</translation>
    </message>
    <message>
        <source>Paper height (mm)</source>
        <translation>纸张高度（毫米）</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>上边距（毫米）</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>下边距（毫米）</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>左边距（毫米）</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>右边距（毫米）</translation>
    </message>
    <message>
        <source>Lines per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>每行字数</translation>
    </message>
    <message>
        <source>Masthead and title font</source>
        <translation>报头和标题字体</translation>
    </message>
    <message>
        <source>Body font</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <source>Heading font</source>
        <translation>栏目标题字体</translation>
    </message>
    <message>
        <source>Second-level heading font</source>
        <translation>二级小标题字体</translation>
    </message>
    <message>
        <source>Page number font</source>
        <translation>页码字体</translation>
    </message>
    <message>
        <source>Font for digits and Latin letters</source>
        <translation>数字和西文字体</translation>
    </message>
    <message>
        <source>Body size (pt)</source>
        <translation>正文字号（磅）</translation>
    </message>
    <message>
        <source>Masthead size (pt)</source>
        <translation>报头字号（磅）</translation>
    </message>
    <message>
        <source>Smaller masthead sizes (pt, comma-separated)</source>
        <translation>报头排不下时改用的字号（磅，用逗号分隔）</translation>
    </message>
    <message>
        <source>Issue number size (pt)</source>
        <translation>期号字号（磅）</translation>
    </message>
    <message>
        <source>Article title size (pt)</source>
        <translation>文章标题字号（磅）</translation>
    </message>
    <message>
        <source>Closing block size (pt)</source>
        <translation>报尾字号（磅）</translation>
    </message>
    <message>
        <source>Page number size (pt)</source>
        <translation>页码字号（磅）</translation>
    </message>
    <message>
        <source>Red (hexadecimal RGB)</source>
        <translation>红色（十六进制颜色值）</translation>
    </message>
    <message>
        <source>Red rule thickness (pt)</source>
        <translation>红色分隔线粗细（磅）</translation>
    </message>
    <message>
        <source>Gap above the red rule (mm)</source>
        <translation>红色分隔线与上方文字的距离（毫米）</translation>
    </message>
    <message>
        <source>Closing block outer rules (mm)</source>
        <translation>报尾首尾两条线粗细（毫米）</translation>
    </message>
    <message>
        <source>Closing block inner rules (mm)</source>
        <translation>报尾中间各线粗细（毫米）</translation>
    </message>
    <message>
        <source>Closing block indent (characters)</source>
        <translation>报尾左右空出（字）</translation>
    </message>
    <message>
        <source>Page number position</source>
        <translation>页码位置</translation>
    </message>
    <message>
        <source>Page number below the type area (mm)</source>
        <translation>页码与版心下缘的距离（毫米）</translation>
    </message>
    <message>
        <source>Section headings</source>
        <translation>栏目标题</translation>
    </message>
    <message>
        <source>Outside (odd pages right, even pages left)</source>
        <translation>外侧（单页居右、双页居左）</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>In brackets: 【Title】</source>
        <translation>加方头括号：【栏目名】</translation>
    </message>
    <message>
        <source>Numbered: 一、Title</source>
        <translation>编序号：一、栏目名</translation>
    </message>
    <message>
        <source>The title alone</source>
        <translation>只印栏目名</translation>
    </message>
    <message>
        <source>Open an issue of a bulletin (in an archive open for writing) to set that bulletin&apos;s layout.</source>
        <translation>请先（在以可写方式打开的档案库中）打开某个刊物的一期，再设置该刊物的版式。</translation>
    </message>
    <message>
        <source>The printed layout of 《{series}》: every issue of this bulletin, on screen, in Word, PDF and print.</source>
        <translation>《{series}》的版式：这个刊物的每一期，在屏幕预览、Word、PDF 和打印中都按此排版。</translation>
    </message>
    <message>
        <source>Cannot save the layout</source>
        <translation>无法保存版式</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Double-click a unit&apos;s row to list its adopted entries and where they were adopted. Click a column&apos;s head to sort.</source>
        <translation>双击某单位的一行，列出它被采用的各条及采用到哪一期哪个栏目；单击列标题排序。</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Units by section</source>
        <translation>各单位按栏目</translation>
    </message>
    <message>
        <source>Categories by quarter</source>
        <translation>各类别分季度</translation>
    </message>
    <message>
        <source>Units by month</source>
        <translation>各单位按月</translation>
    </message>
    <message>
        <source>Units by quarter</source>
        <translation>各单位按季度</translation>
    </message>
    <message>
        <source>Special issues counted</source>
        <translation>计入专刊</translation>
    </message>
    <message>
        <source>Special issues left out</source>
        <translation>不含专刊</translation>
    </message>
    <message>
        <source>Special issues alone</source>
        <translation>只统计专刊</translation>
    </message>
    <message>
        <source>All bulletins</source>
        <translation>全部刊物</translation>
    </message>
    <message>
        <source>{note} &lt;a href=&quot;{year}&quot;&gt;Show {year}&lt;/a&gt;</source>
        <translation>{note}&lt;a href=&quot;{year}&quot;&gt;查看{year}年&lt;/a&gt;</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Statistics exported to {path}</source>
        <translation>采用统计已导出到 {path}</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Count the entries of this bulletin only</source>
        <translation>只统计这一刊物的条目</translation>
    </message>
    <message>
        <source>The entries of special issues (专刊): counted with the others (the column “of which in special issues” says how many), left out, or counted alone</source>
        <translation>专刊采用的信息：与其他各期一并计入（“其中专刊”一列列出）、不计入或只统计专刊</translation>
    </message>
    <message>
        <source>&amp;Units and Scoring…</source>
        <translation>单位名录与计分(&amp;8)…</translation>
    </message>
    <message>
        <source>The registry of units (aliases, merging, categories) and the points of the scoring table</source>
        <translation>报送单位名录（别名、合并、类别）和计分办法的分值</translation>
    </message>
    <message>
        <source>U&amp;nattributed…</source>
        <translation>未归属条目(&amp;Y)…</translation>
    </message>
    <message>
        <source>The adopted entries counted for no unit, and the units they seem to come from</source>
        <translation>未计入任何单位的采用条目，以及它们可能来自的单位</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Notice (Word)…</source>
        <translation>通报 Word…</translation>
    </message>
    <message>
        <source>Write the adoption notice as a Word document in the bulletin&apos;s layout</source>
        <translation>按简报版式写出信息报送采用情况通报（Word）</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <source>Submitted and adopted per unit</source>
        <translation>各单位报送与采用</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Submitted and adopted, the first {shown} of {count} units</source>
        <translation>各单位报送与采用（前{shown}个，共{count}个单位）</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>逐月趋势</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This archive is open read-only; nothing is saved.</source>
        <translation>档案库以只读方式打开，修改不会保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>保存失败：{error}</translation>
    </message>
    <message>
        <source>The changes are kept in memory and saved again with the next change. {error}</source>
        <translation>修改仍保留在内存中，下次修改时会再次尝试保存。{error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>本期 {count} 字</translation>
    </message>
    <message>
        <source>about {pages} pages</source>
        <translation>约 {pages} 页</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Adopted into {places}. Changes here do not change the adopted entries; edit those in the issue.</source>
        <translation>这篇来稿已采用到{places}。这里的修改不会改动简报中已采用的条目，那些请在简报中修改。</translation>
    </message>
    <message>
        <source>The text also names {names} as sending it, without saying which county or town&apos;s: not counted. Write the unit here.</source>
        <translation>来稿还写有联合报送单位{names}，没有写明是哪个县（区、乡镇）的，未计入；请在此写明。</translation>
    </message>
    <message>
        <source>Edit Submission</source>
        <translation>修改来稿</translation>
    </message>
    <message>
        <source>Unknown unit</source>
        <translation>单位不在名录中</translation>
    </message>
    <message>
        <source>The unit registry has no “{name}”. Add it to the registry?</source>
        <translation>单位名录中没有“{name}”。要把它登记为新单位吗？</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收稿日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>报送单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit from the registry (empty: not known)</source>
        <translation>从单位名录中选择（留空：未识别单位）</translation>
    </message>
    <message>
        <source>Sent &amp;with:</source>
        <translation>联合报送(&amp;W)：</translation>
    </message>
    <message>
        <source>Other units that sent it together, separated by 、 (empty: the unit alone)</source>
        <translation>一同报送的其他单位，用“、”分隔（不填则为本单位单独报送）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Issue</source>
        <translation>一期</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The archive is open read-only: what is in the trash can be looked at here, not restored or removed.</source>
        <translation>档案库以只读方式打开：这里只能查看回收站，不能恢复或清空。</translation>
    </message>
    <message>
        <source>Number taken</source>
        <translation>期号已被占用</translation>
    </message>
    <message>
        <source>{message}

Restore it as issue number:</source>
        <translation>{message}

恢复为第几期：</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored: {item}</source>
        <translation>已恢复：{item}</translation>
    </message>
    <message>
        <source>Restored: {item}, as issue number {number}</source>
        <translation>已恢复：{item}，期号改为第{number}期</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Remove everything in the trash for good?</source>
        <translation>永久删除回收站中的全部内容吗？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted issues, and sections and entries that undo can no longer bring back. Restoring puts an item back where it was.</source>
        <translation>删除的各期，以及撤销已无法找回的栏目和条目。恢复会把它放回原处。</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Keep deleted items for</source>
        <translation>回收站保留</translation>
    </message>
    <message>
        <source>days (older items are removed when the archive opens)</source>
        <translation>天（更早的在打开档案库时清除）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UnattributedDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Unit to register</source>
        <translation>待登记的单位</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Choose entries with a unit name to register, or type the name in the table.</source>
        <translation>请选择有单位名称的条目，或在表中填写要登记的单位名称。</translation>
    </message>
    <message>
        <source>Entries Counted for No Unit</source>
        <translation>未归属条目</translation>
    </message>
    <message>
        <source>These adopted entries name no registered unit, so the statistics leave them out. Register the unit an entry comes from (edit the suggested name first if needed) and its entries count at once.</source>
        <translation>这些采用条目没有写明已登记的单位，统计时未计入。登记条目所属的单位（可先修改建议的名称），它的条目随即计入统计。</translation>
    </message>
    <message>
        <source>&amp;Register Units of the Selected Entries</source>
        <translation>登记所选条目的单位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Entry</source>
        <translation>打开条目(&amp;O)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Edit reporting unit</source>
        <translation>修改报送单位</translation>
    </message>
    <message>
        <source>Edit number or title before the date</source>
        <translation>修改日期前的序号或小标题</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>Edit article title</source>
        <translation>修改文章标题</translation>
    </message>
    <message>
        <source>Edit bulletin name</source>
        <translation>修改刊物名称</translation>
    </message>
    <message>
        <source>Choose bulletin</source>
        <translation>选择刊物</translation>
    </message>
    <message>
        <source>Change issue number</source>
        <translation>修改期号</translation>
    </message>
    <message>
        <source>Change number within the year</source>
        <translation>修改年度期号</translation>
    </message>
    <message>
        <source>Edit special series</source>
        <translation>修改专刊</translation>
    </message>
    <message>
        <source>Change issue date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Edit issuing office</source>
        <translation>修改编印单位</translation>
    </message>
    <message>
        <source>Edit sign-off</source>
        <translation>修改编审签发</translation>
    </message>
    <message>
        <source>Edit distribution</source>
        <translation>修改分送范围</translation>
    </message>
    <message>
        <source>Change print run</source>
        <translation>修改印数</translation>
    </message>
    <message>
        <source>Edit marks above the name</source>
        <translation>修改报头标记</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Proofreading fix</source>
        <translation>校对修改</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>重命名栏目</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>复制条目</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>移动条目</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新栏目</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>复制栏目</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除栏目</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>移动栏目</translation>
    </message>
</context>
<context>
    <name>UnitEntriesDialog</name>
    <message>
        <source>Adopted Entries of {unit}</source>
        <translation>{unit}被采用的信息</translation>
    </message>
    <message>
        <source>{unit}, {start} to {end}: {count} entries adopted</source>
        <translation>{unit}，{start}至{end}：采用{count}条</translation>
    </message>
    <message>
        <source> ({joint} of them reported together with other units)</source>
        <translation>（其中与其他单位联合报送{joint}条）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Submission No.</source>
        <translation>来稿编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reported together</source>
        <translation>联合报送</translation>
    </message>
    <message>
        <source>Adopted Entries of a Unit</source>
        <translation>单位被采用的信息</translation>
    </message>
    <message>
        <source>&amp;Open Entry</source>
        <translation>打开条目(&amp;O)</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>计分项目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Add Unit</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Name of the unit:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Rename Unit</source>
        <translation>单位改名</translation>
    </message>
    <message>
        <source>New name (the old one stays as another way of writing it):</source>
        <translation>新名称（原名称保留为别名）：</translation>
    </message>
    <message>
        <source>{new} is already in the registry. If {old} is now called so (an office renamed by a reform), merge {old} into {new}: its names stay as other ways of writing it, and its submissions, entries and points move there.

Merge {old} into {new}?</source>
        <translation>{new} 已在名录中。如果{old}现在改称{new}（机构改革后改名），就把{old}并入{new}：它的各种写法留作{new}的其他写法，它的来稿、条目和得分都移过去。

把{old}并入{new}？</translation>
    </message>
    <message>
        <source>Merge Units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Count {unit} as part of:</source>
        <translation>把“{unit}”并入：</translation>
    </message>
    <message>
        <source>Likely the Same Unit</source>
        <translation>可能是同一单位</translation>
    </message>
    <message>
        <source>No two units in the registry look like one.</source>
        <translation>单位名录中没有看来是同一单位的两个单位。</translation>
    </message>
    <message>
        <source>{source} → {target} ({reason})</source>
        <translation>{source} → {target}（{reason}）</translation>
    </message>
    <message>
        <source>Merge the first into the second (its names, submissions and entries move there):</source>
        <translation>把前一个并入后一个（名称、来稿和条目一并转移）：</translation>
    </message>
    <message>
        <source>No. {id}, {when}: {source} → {target} ({moved})</source>
        <translation>第{id}号，{when}：{source} → {target}（{moved}）</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Take back this merge (the unit merged away comes back with its names, submissions and entries):</source>
        <translation>撤销这次合并（并入的单位连同它的名称、来稿和条目恢复原样）：</translation>
    </message>
    <message>
        <source>Also Written As</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Other ways of writing {unit}, separated by 、:</source>
        <translation>{unit}的其他写法（简称、旧名），用“、”隔开：</translation>
    </message>
    <message>
        <source>Also put the other {count} units in {old} into {new}? Units registered later at the same level go there too.</source>
        <translation>把“{old}”类的其他 {count} 个单位也改入“{new}”吗？以后登记的同级单位也归入这一类。</translation>
    </message>
    <message>
        <source>Add a Bonus</source>
        <translation>新增加分项</translation>
    </message>
    <message>
        <source>Name of the bonus (e.g. 领导批示):</source>
        <translation>加分项名称（如 领导批示）：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <source>Units and Scoring</source>
        <translation>单位名录与计分办法</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>登记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>并入(&amp;M)…</translation>
    </message>
    <message>
        <source>Count this unit as part of another: its names, submissions and entries move there</source>
        <translation>把这个单位并入另一个单位：名称、来稿和条目一并转移</translation>
    </message>
    <message>
        <source>&amp;Also Written As…</source>
        <translation>别名(&amp;L)…</translation>
    </message>
    <message>
        <source>The other ways the unit&apos;s name is written (short forms, old names), counted for it</source>
        <translation>单位名称的其他写法（简称、旧名），印着这些写法的条目都算这个单位的</translation>
    </message>
    <message>
        <source>&amp;Category…</source>
        <translation>类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Keep its history but offer it no more for new submissions</source>
        <translation>保留历史记录，但不再用于新来稿</translation>
    </message>
    <message>
        <source>Units Li&amp;kely the Same…</source>
        <translation>可能相同的单位(&amp;K)…</translation>
    </message>
    <message>
        <source>Units that look like one (a name written short and in full, a county&apos;s office and the county), to merge</source>
        <translation>看来是同一单位的两个单位（简称与全称、县区的部门与县区），可以合并</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
    <message>
        <source>Take back a merge (the last one made here at once, an older one picked from the record of merges): the unit merged away is back with its names, submissions and entries</source>
        <translation>撤销一次合并（刚在这里做的直接撤销，更早的从合并记录中选）：并入的单位连同它的名称、来稿和条目恢复原样</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分办法</translation>
    </message>
    <message>
        <source>Add a &amp;bonus…</source>
        <translation>新增加分项(&amp;B)…</translation>
    </message>
</context>
</TS>
