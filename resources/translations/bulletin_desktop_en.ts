<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(no archive open)</source>
        <translation>(no archive open)</translation>
    </message>
    <message>
        <source>About Bulletin Desktop</source>
        <translation>About Bulletin Desktop</translation>
    </message>
    <message>
        <source>Bulletin Desktop</source>
        <translation>Bulletin Desktop</translation>
    </message>
    <message>
        <source>Assemble work bulletins, keep every issue in a local archive and export them to Word in the official document layout.</source>
        <translation>Assemble work bulletins, keep every issue in a local archive and export them to Word in the official document layout.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Backups folder</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Open archive &amp;folder</source>
        <translation>Open archive &amp;folder</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>Open &amp;backups folder</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>Checking the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup of it yet (Archive → Backup and Restore… takes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest good backup was taken {age} and holds {issues} issues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveFreeBanner</name>
    <message>
        <source>The other program has closed the archive: it can be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTools</name>
    <message>
        <source>Mark as &amp;Final</source>
        <translation>Mark as &amp;Final</translation>
    </message>
    <message>
        <source>The issue as printed: it can no longer be changed until reopened</source>
        <translation>The issue as printed: it can no longer be changed until reopened</translation>
    </message>
    <message>
        <source>&amp;Reopen for Editing</source>
        <translation>&amp;Reopen for Editing</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;Backup and Restore…</source>
        <translation>&amp;Backup and Restore…</translation>
    </message>
    <message>
        <source>&amp;Check Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of the archive file to see that it is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the issue&apos;s status</source>
        <translation>Cannot change the issue&apos;s status</translation>
    </message>
    <message>
        <source>The issue is final: it can no longer be changed.</source>
        <translation>The issue is final: it can no longer be changed.</translation>
    </message>
    <message>
        <source>The issue can be edited again.</source>
        <translation>The issue can be edited again.</translation>
    </message>
    <message>
        <source>{count} issues are final: they can no longer be changed.</source>
        <translation>{count} issues are final: they can no longer be changed.</translation>
    </message>
    <message>
        <source>{count} issues were exported for the first time and are not final yet. Are they the issues as they will be printed? A final issue can no longer be changed (until it is reopened).</source>
        <translation>{count} issues were exported for the first time and are not final yet. Are they the issues as they will be printed? A final issue can no longer be changed (until it is reopened).</translation>
    </message>
    <message>
        <source>Mark as final?</source>
        <translation>Mark as final?</translation>
    </message>
    <message>
        <source>{name} was exported. Is this the issue as it will be printed? A final issue can no longer be changed (until it is reopened).</source>
        <translation>{name} was exported. Is this the issue as it will be printed? A final issue can no longer be changed (until it is reopened).</translation>
    </message>
    <message>
        <source>{series} {number} is final and cannot be deleted. To delete it, reopen it first (Archive &gt; Reopen for Editing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series} {number} is final and cannot be changed. To change it, reopen it first (Archive &gt; Reopen for Editing).</source>
        <translation>{series} {number} is final and cannot be changed. To change it, reopen it first (Archive &gt; Reopen for Editing).</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>Export not recorded</translation>
    </message>
    <message>
        <source>The files were written, but the archive could not record the export: {error}</source>
        <translation>The files were written, but the archive could not record the export: {error}</translation>
    </message>
    <message>
        <source>Mark as Final</source>
        <translation>Mark as Final</translation>
    </message>
    <message>
        <source>Not Yet</source>
        <translation>Not Yet</translation>
    </message>
</context>
<context>
    <name>BackupAge</name>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by you (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only: it cannot be replaced by a backup from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Back Up To</source>
        <translation>Back Up To</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite)</source>
        <translation>Bulletin archives (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing a copy of the archive to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the archive was written to {path}</source>
        <translation>A copy of the archive was written to {path}</translation>
    </message>
    <message>
        <source>Backup of {date} (read-only) — {title}</source>
        <translation>Backup of {date} (read-only) — {title}</translation>
    </message>
    <message>
        <source>Cannot Open the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was kept before the archive was upgraded and is in an older format; a copy of it could not be upgraded to be looked at (is the disk full?). The backup itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup of {date}? It is removed from the disk and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {date} is the only good backup of this archive: if the archive is ever damaged, there will be nothing to restore it from. Delete it all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {date} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Restore This Backup</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Replace the archive with the backup of {date}?

{changes}

The current file is kept, renamed {name}, in the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup. The file it replaced is kept as {name}.</source>
        <translation>Restored from the backup. The file it replaced is kept as {name}.</translation>
    </message>
    <message>
        <source>Backup and Restore</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>The archive backs itself up when opened (if the newest backup is a day old), every hour while it changes and on closing. Restoring keeps the current file beside it under another name.</source>
        <translation>The archive backs itself up when opened (if the newest backup is a day old), every hour while it changes and on closing. Restoring keeps the current file beside it under another name.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Newest issue</source>
        <translation>Newest issue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>Back Up &amp;Now</translation>
    </message>
    <message>
        <source>Back Up &amp;To…</source>
        <translation>Back Up &amp;To…</translation>
    </message>
    <message>
        <source>&amp;Open Copy Read-only</source>
        <translation>&amp;Open Copy Read-only</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup…</source>
        <translation>&amp;Restore This Backup…</translation>
    </message>
    <message>
        <source>Remove the chosen backup from the disk (the backups you take and those kept before an upgrade stay until you remove them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>BackupFailed</name>
    <message>
        <source>Automatic Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is saved in the archive, but it is not being backed up. Free some space or make the backups folder writable; meanwhile, Archive &gt; Backup and Restore &gt; Back Up To… writes a copy elsewhere (a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExportController</name>
    <message>
        <source>Export Selected Issues</source>
        <translation>Export Selected Issues</translation>
    </message>
    <message>
        <source>Choose the issues to export in the issue list (Ctrl+click or Shift+click for several).</source>
        <translation>Choose the issues to export in the issue list (Ctrl+click or Shift+click for several).</translation>
    </message>
    <message>
        <source>Export Each Issue to Word: Choose a Folder</source>
        <translation>Export Each Issue to Word: Choose a Folder</translation>
    </message>
    <message>
        <source>Exporting {count} issues to Word…</source>
        <translation>Exporting {count} issues to Word…</translation>
    </message>
    <message>
        <source>{count} issues exported to {folder}</source>
        <translation>{count} issues exported to {folder}</translation>
    </message>
    <message>
        <source>; {count} files already there skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year Compilation</source>
        <translation>Year Compilation</translation>
    </message>
    <message>
        <source>The archive has no issues yet.</source>
        <translation>The archive has no issues yet.</translation>
    </message>
    <message>
        <source>{series}, {year}</source>
        <translation>{series}, {year}</translation>
    </message>
    <message>
        <source>Compile the issues of the year into one Word file with a table of contents:</source>
        <translation>Compile the issues of the year into one Word file with a table of contents:</translation>
    </message>
    <message>
        <source>Save the Year Compilation</source>
        <translation>Save the Year Compilation</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Compiling {count} issues of {year}…</source>
        <translation>Compiling {count} issues of {year}…</translation>
    </message>
    <message>
        <source>{count} issues of {year} compiled into {path}</source>
        <translation>{count} issues of {year} compiled into {path}</translation>
    </message>
    <message>
        <source>Files Already There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds {count} files of the names to be written. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Under New Names (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
</context>
<context>
    <name>BonusFlagsMenu</name>
    <message>
        <source>Bonus &amp;Flags</source>
        <translation>Bonus &amp;Flags</translation>
    </message>
    <message>
        <source>(choose an entry)</source>
        <translation>(choose an entry)</translation>
    </message>
    <message>
        <source>(the scoring table has no bonus flags)</source>
        <translation>(the scoring table has no bonus flags)</translation>
    </message>
    <message>
        <source>{label} (+{points} points)</source>
        <translation>{label} (+{points} points)</translation>
    </message>
    <message>
        <source>Bonus Flags</source>
        <translation>Bonus Flags</translation>
    </message>
</context>
<context>
    <name>ClosingBackup</name>
    <message>
        <source>Finishing the backup…</source>
        <translation>Finishing the backup…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>A file operation failed: {error}</source>
        <translation>A file operation failed: {error}</translation>
    </message>
    <message>
        <source>Internal error ({kind}: {error}). Please tell the person who maintains this program.</source>
        <translation>Internal error ({kind}: {error}). Please tell the person who maintains this program.</translation>
    </message>
    <message>
        <source>Archive in use</source>
        <translation>Archive in use</translation>
    </message>
    <message>
        <source>You can open it read-only: read, search, export and print, without changes.</source>
        <translation>You can open it read-only: read, search, export and print, without changes.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>Delete issue</translation>
    </message>
    <message>
        <source>Delete {series} {title} ({date}, {count} entries)?

It goes to the trash (Archive &gt; Trash), from where it can be restored.</source>
        <translation>Delete {series} {title} ({date}, {count} entries)?

It goes to the trash (Archive &gt; Trash), from where it can be restored.</translation>
    </message>
    <message>
        <source>New Bulletin</source>
        <translation>New Bulletin</translation>
    </message>
    <message>
        <source>Name of the new bulletin (e.g. 漯河安全生产简报):</source>
        <translation>Name of the new bulletin (e.g. 漯河安全生产简报):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The latest changes could not be saved: {error}</source>
        <translation>The latest changes could not be saved: {error}</translation>
    </message>
    <message>
        <source>Keep editing to put the problem right (the changes stay in memory), or discard the changes.</source>
        <translation>Keep editing to put the problem right (the changes stay in memory), or discard the changes.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then print again.</source>
        <translation>Choose an issue number not yet used, then print again.</translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then print again.</source>
        <translation>Put this right so that the change is saved, then print again.</translation>
    </message>
    <message>
        <source>Cannot mark the issue final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then mark it final again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then mark it final again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Choose an issue number not yet used, then export again.</source>
        <translation>Choose an issue number not yet used, then export again.</translation>
    </message>
    <message>
        <source>Put this right so that the change is saved, then export again.</source>
        <translation>Put this right so that the change is saved, then export again.</translation>
    </message>
    <message>
        <source>This issue has a change that could not be saved: {error}</source>
        <translation>This issue has a change that could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>DistributionRow</name>
    <message>
        <source>Label: 报 (superiors), 送 (peers and leaders), 发 (subordinates) …</source>
        <translation>Label: 报 (superiors), 送 (peers and leaders), 发 (subordinates) …</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this distribution line</source>
        <translation>Remove this distribution line</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Choose an entry in the list on the left to see it. This issue cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in brackets, e.g. 【Arrangements】.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section · {count} entries</source>
        <translation>Section · {count} entries</translation>
    </message>
    <message>
        <source>【{section}】 entry {number} of {count}</source>
        <translation>【{section}】 entry {number} of {count}</translation>
    </message>
    <message>
        <source>{count} characters in this entry</source>
        <translation>{count} characters in this entry</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>{count} lines of the page (a printed copy&apos;s page numbers and running heads, a web page&apos;s menu path and its 来源, 发布时间 and 浏览次数 lines, a chat&apos;s sender-and-time lines, a mail&apos;s signature) were left out of the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emoji and chat expressions were left out of the pasted text: the bulletin&apos;s fonts cannot print them.</source>
        <translation>{count} emoji and chat expressions were left out of the pasted text: the bulletin&apos;s fonts cannot print them.</translation>
    </message>
    <message>
        <source>The pasted text holds {count} dated entries: the first went here, the other {rest} were added after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} pasted paragraphs were joined into one: an entry prints as one paragraph (an article keeps its paragraphs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its {count} paragraphs were joined into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of them repeat an entry pasted before them word for word: delete the copies if the text was pasted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted date {date} stays in the text: this entry is dated {entry_date}.</source>
        <translation>The pasted date {date} stays in the text: this entry is dated {entry_date}.</translation>
    </message>
    <message>
        <source>The pasted date {date} went to the date field.</source>
        <translation>The pasted date {date} went to the date field.</translation>
    </message>
    <message>
        <source>The entry is dated {date} already: the pasted date was not repeated.</source>
        <translation>The entry is dated {date} already: the pasted date was not repeated.</translation>
    </message>
    <message>
        <source>The pasted unit {unit} stays in the text: this entry&apos;s unit is {entry_unit}.</source>
        <translation>The pasted unit {unit} stays in the text: this entry&apos;s unit is {entry_unit}.</translation>
    </message>
    <message>
        <source>The pasted unit {unit} went to the unit field.</source>
        <translation>The pasted unit {unit} went to the unit field.</translation>
    </message>
    <message>
        <source>The entry&apos;s unit is {unit} already: it was not repeated.</source>
        <translation>The entry&apos;s unit is {unit} already: it was not repeated.</translation>
    </message>
    <message>
        <source>This does not look like a bulletin date (11月15日, 11月15日下午 or 11月14日—11月18日). It is kept as typed.</source>
        <translation>This does not look like a bulletin date (11月15日, 11月15日下午 or 11月14日—11月18日). It is kept as typed.</translation>
    </message>
    <message>
        <source>Choose an entry in the list on the left, or press Insert to add one.</source>
        <translation>Choose an entry in the list on the left, or press Insert to add one.</translation>
    </message>
    <message>
        <source>Section na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in brackets, e.g. 【Arrangements】. Press Insert to add an entry to this section.</source>
        <translation>Printed in brackets, e.g. 【Arrangements】. Press Insert to add an entry to this section.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>e.g. 11月15日 or 11月14日—11月18日</source>
        <translation>e.g. 11月15日 or 11月14日—11月18日</translation>
    </message>
    <message>
        <source>Reporting &amp;unit</source>
        <translation>Reporting &amp;unit</translation>
    </message>
    <message>
        <source>Printed in bold after the date (optional)</source>
        <translation>Printed in bold after the date (optional)</translation>
    </message>
    <message>
        <source>Nu&amp;mber or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the date: a number (1．, ◆) or a run-in title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt (one per line; 一、… opens a heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Export to Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export to Word failed</source>
        <translation>Export to Word failed</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source> Insert the USB stick (or the drive) the folder is on, or choose another folder, and export again.</source>
        <translation> Insert the USB stick (or the drive) the folder is on, or choose another folder, and export again.</translation>
    </message>
    <message>
        <source>Export PDF failed</source>
        <translation>Export PDF failed</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>FileReading</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading {index} of {count}: {file}</source>
        <translation>Reading {index} of {count}: {file}</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <source>Reopen for Editing</source>
        <translation>Reopen for Editing</translation>
    </message>
    <message>
        <source>This issue is final (since {time}) and cannot be changed.</source>
        <translation>This issue is final (since {time}) and cannot be changed.</translation>
    </message>
    <message>
        <source>This issue is final and cannot be changed.</source>
        <translation>This issue is final and cannot be changed.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} of {total}</translation>
    </message>
    <message>
        <source>{count} replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replaced}; {kept} left in the bulletin&apos;s name, issue number or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin&apos;s name, the issue number and the date are found, not replaced: change them in the masthead panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind in this issue:</source>
        <translation>F&amp;ind in this issue:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this match and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match in this issue (one step to undo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Clean up layout traces</source>
        <translation>Clean up layout traces</translation>
    </message>
    <message>
        <source>Checking against earlier issues…</source>
        <translation>Checking against earlier issues…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <source>Ignore everywhere</source>
        <translation>Ignore everywhere</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>Lists…</translation>
    </message>
    <message>
        <source>The term list and what is ignored everywhere, kept in the archive</source>
        <translation>The term list and what is ignored everywhere, kept in the archive</translation>
    </message>
    <message>
        <source>Same unit, change to…</source>
        <translation>Same unit, change to…</translation>
    </message>
    <message>
        <source>Not the same unit</source>
        <translation>Not the same unit</translation>
    </message>
    <message>
        <source>Remembered in the archive: this pair of spellings is not reported again</source>
        <translation>Remembered in the archive: this pair of spellings is not reported again</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>This entry beside the earlier one, the differing characters highlighted</source>
        <translation>This entry beside the earlier one, the differing characters highlighted</translation>
    </message>
    <message>
        <source>Proofreading ({count})</source>
        <translation>Proofreading ({count})</translation>
    </message>
    <message>
        <source>{count} layout traces left by copying (stray spaces, paragraphs cut by a page break).</source>
        <translation>{count} layout traces left by copying (stray spaces, paragraphs cut by a page break).</translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation>Empty sections</translation>
    </message>
    <message>
        <source>This issue ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【{section}】 heading ({count})</source>
        <translation>【{section}】 heading ({count})</translation>
    </message>
    <message>
        <source>【{section}】 entry {index} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with {count} unresolved proofreading findings; they are listed below and the count is recorded with the issue.</source>
        <translation>Exported with {count} unresolved proofreading findings; they are listed below and the count is recorded with the issue.</translation>
    </message>
    <message>
        <source>This issue: {mine}
{earlier}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same unit, change to {common}</source>
        <translation>Same unit, change to {common}</translation>
    </message>
    <message>
        <source>“{found}” is not flagged in any issue any more. To have it flagged again: Lists…, the Ignored findings tab.</source>
        <translation>“{found}” is not flagged in any issue any more. To have it flagged again: Lists…, the Ignored findings tab.</translation>
    </message>
    <message>
        <source>Not flagged at this place any more. To have it flagged again: Lists…, the Ignored findings tab.</source>
        <translation>Not flagged at this place any more. To have it flagged again: Lists…, the Ignored findings tab.</translation>
    </message>
    <message>
        <source>Not flagged at this place while the archive is open (it is open read-only).</source>
        <translation>Not flagged at this place while the archive is open (it is open read-only).</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Bulletins ({patterns});;All files (*)</source>
        <translation>Bulletins ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Import Bulletins</source>
        <translation>Import Bulletins</translation>
    </message>
    <message>
        <source>Import All Bulletins in a Folder</source>
        <translation>Import All Bulletins in a Folder</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>The archive is open read-only; nothing can be imported.</source>
        <translation>The archive is open read-only; nothing can be imported.</translation>
    </message>
    <message>
        <source>There are no bulletin files to import there.</source>
        <translation>There are no bulletin files to import there.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported; the archive is as it was.</source>
        <translation>Import cancelled: nothing was imported; the archive is as it was.</translation>
    </message>
    <message>
        <source>The masthead of {count} file(s) prints no bulletin name (it may be a picture). Name of the bulletin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {series} {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} of {count} files imported; {skipped} skipped as already in the archive; {refused} refused.</source>
        <translation>{imported} of {count} files imported; {skipped} skipped as already in the archive; {refused} refused.</translation>
    </message>
    <message>
        <source>{series} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the issues are already in the archive (same bulletin and number): {issues}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the Archive</source>
        <translation>Already in the Archive</translation>
    </message>
    <message>
        <source>Skip: keep the archive&apos;s version and leave the file out.
Replace: the file&apos;s content overwrites the archive&apos;s version, with every change made to it there; that version goes to the trash, from where it can be restored under another number.
Import as a copy: keep both, the file&apos;s under the next free number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive already has {issues} (same bulletin and number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation>&amp;Skip Them</translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation>&amp;Replace Them</translation>
    </message>
    <message>
        <source>Import as &amp;Copies</source>
        <translation>Import as &amp;Copies</translation>
    </message>
    <message>
        <source>{series} {issue} is already in the archive</source>
        <translation>{series} {issue} is already in the archive</translation>
    </message>
    <message>
        <source>{series} {issue}</source>
        <translation>{series} {issue}</translation>
    </message>
    <message>
        <source>No. {original} in the file, imported as No. {number}</source>
        <translation>No. {original} in the file, imported as No. {number}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Replaced the one in the archive</source>
        <translation>Replaced the one in the archive</translation>
    </message>
    <message>
        <source>Imported as a copy</source>
        <translation>Imported as a copy</translation>
    </message>
    <message>
        <source>Skipped: already in the archive</source>
        <translation>Skipped: already in the archive</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Save Import Report</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Cannot save the report</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Import Report</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Check the Import: {file}</source>
        <translation>Check the Import: {file}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Issue line: {line}</source>
        <translation>Issue line: {line}</translation>
    </message>
    <message>
        <source>【{title}】</source>
        <translation>【{title}】</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Article: {title}</translation>
    </message>
    <message>
        <source>Closing block</source>
        <translation>Closing block</translation>
    </message>
    <message>
        <source>Check the Import</source>
        <translation>Check the Import</translation>
    </message>
    <message>
        <source>The document as read (left) and the issue recognised in it (right). Correct the masthead before importing.</source>
        <translation>The document as read (left) and the issue recognised in it (right). Correct the masthead before importing.</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>&amp;Bulletin:</translation>
    </message>
    <message>
        <source>Issue &amp;number:</source>
        <translation>Issue &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Special series:</source>
        <translation>&amp;Special series:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>(unit not known)</source>
        <translation>(unit not known)</translation>
    </message>
    <message>
        <source>Also sent by {names}, not counted: which county or town&apos;s is not said (Edit Submission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: adopted into {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} (reason: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this submission as waiting again, its reason cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show submissions with this status</source>
        <translation>Show submissions with this status</translation>
    </message>
    <message>
        <source>Show submissions of this unit</source>
        <translation>Show submissions of this unit</translation>
    </message>
    <message>
        <source>Search title and text</source>
        <translation>Search title and text</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>The unit this submission comes from</source>
        <translation>The unit this submission comes from</translation>
    </message>
    <message>
        <source>Candidate entries (drag one onto a section, or double-click it, to adopt it alone):</source>
        <translation>Candidate entries (drag one onto a section, or double-click it, to adopt it alone):</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Register Word or text files as submissions</source>
        <translation>Register Word or text files as submissions</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Register the text on the clipboard as a submission</source>
        <translation>Register the text on the clipboard as a submission</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the received date, unit, title, text or note of the submission</source>
        <translation>Change the received date, unit, title, text or note of the submission</translation>
    </message>
    <message>
        <source>&amp;Adopt to…</source>
        <translation>&amp;Adopt to…</translation>
    </message>
    <message>
        <source>Add the submission (or the chosen candidate) to a section of the open issue</source>
        <translation>Add the submission (or the chosen candidate) to a section of the open issue</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Decline…</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>The archive is open read-only; submissions cannot be changed.</source>
        <translation>The archive is open read-only; submissions cannot be changed.</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Import Submissions</source>
        <translation>Import Submissions</translation>
    </message>
    <message>
        <source>Submissions ({patterns});;All files (*)</source>
        <translation>Submissions ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was registered: {error}</source>
        <translation>Nothing was registered: {error}</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>Reading the submissions…</translation>
    </message>
    <message>
        <source>Submissions are being read already; wait for them to finish.</source>
        <translation>Submissions are being read already; wait for them to finish.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>The pasted text</translation>
    </message>
    <message>
        <source>Already in the inbox, not registered again: {files}</source>
        <translation>Already in the inbox, not registered again: {files}</translation>
    </message>
    <message>
        <source>{source} (No. {id})</source>
        <translation>{source} (No. {id})</translation>
    </message>
    <message>
        <source>Corrected copies, which took the place of the submissions they correct (their numbers and dates received kept): {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (No. {id}, marked {status} before: pending again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices withdrawing a submission, not registered themselves: {notices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again with some words changed (not marked as corrected), taken as the same piece: the new text took the place of the earlier submission&apos;s (its number and date received kept): {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id} “{title}” marked declined (withdrawn by its unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id} “{title}” is adopted in {places}, left as it is: delete the adopted entries, then decline it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{submissions}: the signature does not say which county or town the sender is, so no unit was registered for it (every county has one of that name). Choose its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id} signed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{submissions}: a unit sending it together does not say which county or town it is, so it was left out. Give it under “Sent with” in Edit Submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id} sent with “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New units registered, as the submissions name their senders: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an issue to adopt submissions into.</source>
        <translation>Open an issue to adopt submissions into.</translation>
    </message>
    <message>
        <source>Adopt submission</source>
        <translation>Adopt submission</translation>
    </message>
    <message>
        <source>{count} emoji and chat expressions were left out of the adopted text: the bulletin&apos;s fonts cannot print them.</source>
        <translation>{count} emoji and chat expressions were left out of the adopted text: the bulletin&apos;s fonts cannot print them.</translation>
    </message>
    <message>
        <source>Adopted into 【{section}】 ({count} entries). Press Ctrl+Z to undo.</source>
        <translation>Adopted into 【{section}】 ({count} entries). Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Adopt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission has already been adopted into {place}. Adopt it again? Its entries would be printed and counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an issue with sections to adopt submissions into.</source>
        <translation>Open an issue with sections to adopt submissions into.</translation>
    </message>
    <message>
        <source>Adopt to</source>
        <translation>Adopt to</translation>
    </message>
    <message>
        <source>Section of {issue}:</source>
        <translation>Section of {issue}:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Write the reason (the unit is told this); it cannot be left empty:</source>
        <translation>Write the reason (the unit is told this); it cannot be left empty:</translation>
    </message>
    <message>
        <source>Reason (the unit is told this):</source>
        <translation>Reason (the unit is told this):</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <source> ({special} No. {number})</source>
        <translation> ({special} No. {number})</translation>
    </message>
    <message>
        <source> ({special})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source> · final</source>
        <translation> · final</translation>
    </message>
    <message>
        <source>{series}, {issue}, {date}; last saved {saved}</source>
        <translation>{series}, {issue}, {date}; last saved {saved}</translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <source>Filter by number, date or special series</source>
        <translation>Filter by number, date or special series</translation>
    </message>
    <message>
        <source>&amp;New issue</source>
        <translation>&amp;New issue</translation>
    </message>
    <message>
        <source>Start the next issue, continuing from the latest one</source>
        <translation>Start the next issue, continuing from the latest one</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
</context>
<context>
    <name>LostArchive</name>
    <message>
        <source>Archive Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file {path} is not there: it may have been deleted or moved. Its backups are still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. Work done after it is not in it.

Restore the archive from this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Cannot restore</translation>
    </message>
    <message>
        <source>The archive was restored from the backup of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Is a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a backup of the archive “{archive}”. Changed, it would no longer be the backup it is, so it opens read-only: to look, search and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring the archive back to it, open the archive and use Archive &gt; Backup and Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Issue</source>
        <translation>&amp;New Issue</translation>
    </message>
    <message>
        <source>Start the next issue, continuing from the latest one</source>
        <translation>Start the next issue, continuing from the latest one</translation>
    </message>
    <message>
        <source>New &amp;Bulletin…</source>
        <translation>New &amp;Bulletin…</translation>
    </message>
    <message>
        <source>Create a new bulletin and start its first issue</source>
        <translation>Create a new bulletin and start its first issue</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Open Archive…</translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation>New &amp;Archive…</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Save Now</translation>
    </message>
    <message>
        <source>Changes are saved automatically; this saves at once</source>
        <translation>Changes are saved automatically; this saves at once</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import past bulletins: Word, WPS, RTF, ODT or plain text files</source>
        <translation>Import past bulletins: Word, WPS, RTF, ODT or plain text files</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Import a &amp;Folder…</translation>
    </message>
    <message>
        <source>Import every bulletin file in a folder</source>
        <translation>Import every bulletin file in a folder</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Export to &amp;Word…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Selected Issues to Wor&amp;d…</source>
        <translation>Export Selected Issues to Wor&amp;d…</translation>
    </message>
    <message>
        <source>Each issue chosen in the issue list as its own Word file, into a folder</source>
        <translation>Each issue chosen in the issue list as its own Word file, into a folder</translation>
    </message>
    <message>
        <source>&amp;Year Compilation…</source>
        <translation>&amp;Year Compilation…</translation>
    </message>
    <message>
        <source>A year&apos;s issues in one Word file with a table of contents</source>
        <translation>A year&apos;s issues in one Word file with a table of contents</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>Bold the selected text (the only formatting a bulletin uses)</source>
        <translation>Bold the selected text (the only formatting a bulletin uses)</translation>
    </message>
    <message>
        <source>&amp;Find in This Issue…</source>
        <translation>&amp;Find in This Issue…</translation>
    </message>
    <message>
        <source>&amp;Replace in This Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace text everywhere in this issue: masthead, entries and closing block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;All Issues…</source>
        <translation>Search &amp;All Issues…</translation>
    </message>
    <message>
        <source>Search every issue in the archive</source>
        <translation>Search every issue in the archive</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>New &amp;Entry</source>
        <translation>New &amp;Entry</translation>
    </message>
    <message>
        <source>Add an entry after the selected one</source>
        <translation>Add an entry after the selected one</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>New &amp;Article</translation>
    </message>
    <message>
        <source>New &amp;Section</source>
        <translation>New &amp;Section</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Move to Sec&amp;tion or Another Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry to another section of this issue, or into a section of another issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit Page Width</source>
        <translation>&amp;Fit Page Width</translation>
    </message>
    <message>
        <source>&amp;Proofreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the proofreading findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Submissions…</source>
        <translation>Import &amp;Submissions…</translation>
    </message>
    <message>
        <source>&amp;About Bulletin Desktop</source>
        <translation>&amp;About Bulletin Desktop</translation>
    </message>
    <message>
        <source>Toolba&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;List</source>
        <translation>Issue &amp;List</translation>
    </message>
    <message>
        <source>&amp;Masthead</source>
        <translation>&amp;Masthead</translation>
    </message>
    <message>
        <source>&amp;Search All Issues</source>
        <translation>&amp;Search All Issues</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>Su&amp;bmissions</translation>
    </message>
    <message>
        <source>Adoption S&amp;tatistics</source>
        <translation>Adoption S&amp;tatistics</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the archive</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <source>Search All Issues</source>
        <translation>Search All Issues</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Adoption Statistics</source>
        <translation>Adoption Statistics</translation>
    </message>
    <message>
        <source>Another program is writing to this archive, so it is open read-only: you can read, search, export and print. This line tells you when the other program closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue not found</source>
        <translation>Issue not found</translation>
    </message>
    <message>
        <source>Cannot open the issue</source>
        <translation>Cannot open the issue</translation>
    </message>
    <message>
        <source>The issue {0} {1} is open instead; choose another in the Issues list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new issue</source>
        <translation>Cannot start a new issue</translation>
    </message>
    <message>
        <source>Started {number} of {series}. Press Ctrl+Z to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take back the new issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} taken back; it is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the bulletin</source>
        <translation>Cannot create the bulletin</translation>
    </message>
    <message>
        <source>Cannot delete the issue</source>
        <translation>Cannot delete the issue</translation>
    </message>
    <message>
        <source>Deleted {series} {title}; it is in the trash (Archive &gt; Trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Open Archive</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite *.db);;All files (*)</source>
        <translation>Bulletin archives (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New Archive</source>
        <translation>New Archive</translation>
    </message>
    <message>
        <source>bulletin-archive.sqlite</source>
        <translation>bulletin-archive.sqlite</translation>
    </message>
    <message>
        <source>Bulletin archives (*.sqlite)</source>
        <translation>Bulletin archives (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Use Open Archive to open it.</source>
        <translation>{path} already exists. Use Open Archive to open it.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Cannot save the defaults</source>
        <translation>Cannot save the defaults</translation>
    </message>
    <message>
        <source>New issues of this bulletin will start from these settings.</source>
        <translation>New issues of this bulletin will start from these settings.</translation>
    </message>
    <message>
        <source>Deleted the section 【{title}】 with its {count} entries. Press Ctrl+Z to undo.</source>
        <translation>Deleted the section 【{title}】 with its {count} entries. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Deleted “{entry}”. Press Ctrl+Z to undo.</source>
        <translation>Deleted “{entry}”. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>Deleted. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>This issue has no other section to move the entry to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} already exists ({date}); the issue number was not changed. Choose another number; the other changes are saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin Desktop</source>
        <translation>Bulletin Desktop</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Finishing the export…</source>
        <translation>Finishing the export…</translation>
    </message>
    <message>
        <source>This archive is open read-only: you can read, search, export and print, but not change it.</source>
        <translation>This archive is open read-only: you can read, search, export and print, but not change it.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>E&amp;ntries</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>Masthead</translation>
    </message>
</context>
<context>
    <name>MastheadPanel</name>
    <message>
        <source>Bulletin &amp;name</source>
        <translation>Bulletin &amp;name</translation>
    </message>
    <message>
        <source>Typing renames this bulletin, for every issue of it</source>
        <translation>Typing renames this bulletin, for every issue of it</translation>
    </message>
    <message>
        <source>Put this issue in another bulletin, or create a new bulletin</source>
        <translation>Put this issue in another bulletin, or create a new bulletin</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Issue n&amp;umber</source>
        <translation>Issue n&amp;umber</translation>
    </message>
    <message>
        <source>The running number (总期号): the issue&apos;s number in the archive, one more for each new issue</source>
        <translation>The running number (总期号): the issue&apos;s number in the archive, one more for each new issue</translation>
    </message>
    <message>
        <source>Number &amp;form</source>
        <translation>Number &amp;form</translation>
    </message>
    <message>
        <source>How the issue line writes the number: the running number alone, or the number within the year beside it</source>
        <translation>How the issue line writes the number: the running number alone, or the number within the year beside it</translation>
    </message>
    <message>
        <source>Running number</source>
        <translation>Running number</translation>
    </message>
    <message>
        <source>By the year</source>
        <translation>By the year</translation>
    </message>
    <message>
        <source>Without the year</source>
        <translation>Without the year</translation>
    </message>
    <message>
        <source>Without the running number</source>
        <translation>Without the running number</translation>
    </message>
    <message>
        <source>Running number with 总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering &amp;year</source>
        <translation>Numbering &amp;year</translation>
    </message>
    <message>
        <source>Number in the y&amp;ear</source>
        <translation>Number in the y&amp;ear</translation>
    </message>
    <message>
        <source>&amp;Special series</source>
        <translation>&amp;Special series</translation>
    </message>
    <message>
        <source>Optional, e.g. 安全生产大检查专刊</source>
        <translation>Optional, e.g. 安全生产大检查专刊</translation>
    </message>
    <message>
        <source>Special &amp;number</source>
        <translation>Special &amp;number</translation>
    </message>
    <message>
        <source>The special series&apos; own number, printed after its name; none for a special series that numbers nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Issuing &amp;office</source>
        <translation>Issuing &amp;office</translation>
    </message>
    <message>
        <source>Mar&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed above the name, e.g. 内部资料 注意保存 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Edi&amp;tors</source>
        <translation>Edi&amp;tors</translation>
    </message>
    <message>
        <source>Names separated by spaces</source>
        <translation>Names separated by spaces</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>&amp;Reviewed by</translation>
    </message>
    <message>
        <source>Si&amp;gned off by</source>
        <translation>Si&amp;gned off by</translation>
    </message>
    <message>
        <source>Ot&amp;her roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles printed on the sign-off line besides these three, each as written: a chief editor&apos;s before them, the rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 主编：王五 校对：李四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <source>&amp;Print run</source>
        <translation>&amp;Print run</translation>
    </message>
    <message>
        <source>Copies printed, stated at the end of the closing block as （共印35份）; 0 states none</source>
        <translation>Copies printed, stated at the end of the closing block as （共印35份）; 0 states none</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>Use as defaults for new issues</source>
        <translation>Use as defaults for new issues</translation>
    </message>
    <message>
        <source>New issues of this bulletin start with these sections, office, sign-off and distribution</source>
        <translation>New issues of this bulletin start with these sections, office, sign-off and distribution</translation>
    </message>
    <message>
        <source>The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name (its {final} final issues still print the name they were finalized with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulletin “{old}” has {count} issues; renamed “{new}”, they all print the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the Bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the special series&apos; name first: an issue that is no special issue has no special number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number form chosen above does not print this; choose a form that does to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}: {line}</source>
        <translation>{form}: {line}</translation>
    </message>
</context>
<context>
    <name>MoveEntryDialog</name>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issue} (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{entry}” from “{section}” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new issue: {number} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issue} would start with no sections, so the entry has nowhere to go. Start it with New Issue and add a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry leaves this issue for {issue}, started now as New Issue starts it; a submission it was adopted from counts for {issue} then. Ctrl+Z moves the entry back; the new issue stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issue} is final and takes no entries. To move the entry there, open that issue and reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue has no other section. Choose another issue, or add a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issue} has no sections yet. Open it and add a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry leaves this issue for {issue}; a submission it was adopted from counts for {issue} then. Both issues are saved at once; Ctrl+Z moves it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToIssue</name>
    <message>
        <source>The archive is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not moved again: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was not undone: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entry to another issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {issue}, section “{section}”, entry {n}. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>没有打开的简报</source>
        <translation>No bulletin open</translation>
    </message>
</context>
<context>
    <name>ProofreadController</name>
    <message>
        <source>Clean up layout traces</source>
        <translation>Clean up layout traces</translation>
    </message>
</context>
<context>
    <name>ProofreadListsDialog</name>
    <message>
        <source>Term list and ignored findings</source>
        <translation>Term list and ignored findings</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms: a form to flag, the form to use (empty for a banned word), a note.</source>
        <translation>Terms: a form to flag, the form to use (empty for a banned word), a note.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Use instead</source>
        <translation>Use instead</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>Ignored findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored everywhere:</source>
        <translation>Ignored everywhere:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stop ignoring</source>
        <translation>Stop ignoring</translation>
    </message>
    <message>
        <source>Ignored at one place of this issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two spellings answered as two different units (not flagged any more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same unit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the same unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofreading will suggest the common spelling again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation>Kind of finding</translation>
    </message>
    <message>
        <source>Flag an entry whose lead date is more than</source>
        <translation>Flag an entry whose lead date is more than</translation>
    </message>
    <message>
        <source>days before the issue date</source>
        <translation>days before the issue date</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Any finding</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyWhileHeld</name>
    <message>
        <source>Another program has opened the archive again; it stays read-only for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation type="unfinished">Cannot open the archive</translation>
    </message>
    <message>
        <source>The archive is open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>The archive {path} is damaged: part of it can no longer be read. Nothing has been changed in it.</source>
        <translation>The archive {path} is damaged: part of it can no longer be read. Nothing has been changed in it.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. Work done since then is not in it.</source>
        <translation>The newest good backup is from {date} ({age}) and holds {issues} issues; the newest is {newest}. Work done since then is not in it.</translation>
    </message>
    <message>
        <source>There is no good backup of this archive.</source>
        <translation>There is no good backup of this archive.</translation>
    </message>
    <message>
        <source>The backup of {date} now takes the archive&apos;s place.</source>
        <translation>The backup of {date} now takes the archive&apos;s place.</translation>
    </message>
    <message>
        <source>Salvage cancelled: nothing was written and the damaged file is as it was.</source>
        <translation>Salvage cancelled: nothing was written and the damaged file is as it was.</translation>
    </message>
    <message>
        <source>Rescue failed</source>
        <translation>Rescue failed</translation>
    </message>
    <message>
        <source>Archive rescued</source>
        <translation>Archive rescued</translation>
    </message>
    <message>
        <source>{result}

The damaged file is kept as {aside}.</source>
        <translation>{result}

The damaged file is kept as {aside}.</translation>
    </message>
    <message>
        <source> {count} issues could not be read whole and were left out.</source>
        <translation> {count} issues could not be read whole and were left out.</translation>
    </message>
    <message>
        <source>Salvaged {issues} issues with {entries} entries.</source>
        <translation>Salvaged {issues} issues with {entries} entries.</translation>
    </message>
    <message>
        <source>The archive is damaged</source>
        <translation>The archive is damaged</translation>
    </message>
    <message>
        <source>Salvage copies every issue that can still be read whole into a new archive and opens it. Whichever you choose, the damaged file is kept beside it under another name, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Restore the Backup</translation>
    </message>
    <message>
        <source>&amp;Salvage</source>
        <translation>&amp;Salvage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReusedCompareDialog</name>
    <message>
        <source>Compare with an earlier issue</source>
        <translation>Compare with an earlier issue</translation>
    </message>
    <message>
        <source>This issue</source>
        <translation>This issue</translation>
    </message>
    <message>
        <source>{issue}, {section}</source>
        <translation>{issue}, {section}</translation>
    </message>
    <message>
        <source>Similar: {percent}%. Characters that differ are highlighted.</source>
        <translation>Similar: {percent}%. Characters that differ are highlighted.</translation>
    </message>
</context>
<context>
    <name>SalvageRun</name>
    <message>
        <source>Salvaging the archive…</source>
        <translation>Salvaging the archive…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Salvage</translation>
    </message>
    <message>
        <source>Salvaging the archive: {copied} issues copied so far ({done} of {total} looked at)…</source>
        <translation>Salvaging the archive: {copied} issues copied so far ({done} of {total} looked at)…</translation>
    </message>
</context>
<context>
    <name>SaveErrorBanner</name>
    <message>
        <source>The latest changes could not be saved: {error} They are kept in memory and saved again with the next change (or press Ctrl+S).</source>
        <translation>The latest changes could not be saved: {error} They are kept in memory and saved again with the next change (or press Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>The first date is after the last: no issue can lie between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found within the chosen year, dates, section or unit. Set them back to “All” to search every issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>The first {count} results; add a word or a filter to narrow them.</source>
        <translation>The first {count} results; add a word or a filter to narrow them.</translation>
    </message>
    <message>
        <source>{count} results in {issues} issues</source>
        <translation>{count} results in {issues} issues</translation>
    </message>
    <message>
        <source>All bulletins</source>
        <translation>All bulletins</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Search every issue (several words: all of them)</source>
        <translation>Search every issue (several words: all of them)</translation>
    </message>
    <message>
        <source>Only this bulletin</source>
        <translation>Only this bulletin</translation>
    </message>
    <message>
        <source>Only issues of this year or date range</source>
        <translation>Only issues of this year or date range</translation>
    </message>
    <message>
        <source>Issues dated on or after this day</source>
        <translation>Issues dated on or after this day</translation>
    </message>
    <message>
        <source>Issues dated on or before this day</source>
        <translation>Issues dated on or before this day</translation>
    </message>
    <message>
        <source>Only entries in sections of this title</source>
        <translation>Only entries in sections of this title</translation>
    </message>
    <message>
        <source>Only entries reported by this unit</source>
        <translation>Only entries reported by this unit</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>Section {title}: {count} entries</source>
        <translation>Section {title}: {count} entries</translation>
    </message>
    <message>
        <source>(untitled article)</source>
        <translation>(untitled article)</translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation>(empty entry)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the program starts.</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>&amp;Backups to keep</translation>
    </message>
    <message>
        <source>The archive is copied on opening (when the newest copy is over a day old), at most hourly while it changes, and on closing after a change; older copies beyond this number are removed.</source>
        <translation>The archive is copied on opening (when the newest copy is over a day old), at most hourly while it changes, and on closing after a change; older copies beyond this number are removed.</translation>
    </message>
    <message>
        <source>Layout of this bulletin</source>
        <translation>Layout of this bulletin</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restore defaults</translation>
    </message>
    <message>
        <source>The standard layout (GB/T 9704) for this bulletin</source>
        <translation>The standard layout (GB/T 9704) for this bulletin</translation>
    </message>
    <message>
        <source>Paper width (mm)</source>
        <translation>Paper width (mm)</translation>
    </message>
    <message>
        <source>Paper height (mm)</source>
        <translation>Paper height (mm)</translation>
    </message>
    <message>
        <source>Top margin (mm)</source>
        <translation>Top margin (mm)</translation>
    </message>
    <message>
        <source>Bottom margin (mm)</source>
        <translation>Bottom margin (mm)</translation>
    </message>
    <message>
        <source>Left margin (mm)</source>
        <translation>Left margin (mm)</translation>
    </message>
    <message>
        <source>Right margin (mm)</source>
        <translation>Right margin (mm)</translation>
    </message>
    <message>
        <source>Lines per page</source>
        <translation>Lines per page</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>Characters per line</translation>
    </message>
    <message>
        <source>Masthead and title font</source>
        <translation>Masthead and title font</translation>
    </message>
    <message>
        <source>Body font</source>
        <translation>Body font</translation>
    </message>
    <message>
        <source>Heading font</source>
        <translation>Heading font</translation>
    </message>
    <message>
        <source>Second-level heading font</source>
        <translation>Second-level heading font</translation>
    </message>
    <message>
        <source>Page number font</source>
        <translation>Page number font</translation>
    </message>
    <message>
        <source>Font for digits and Latin letters</source>
        <translation>Font for digits and Latin letters</translation>
    </message>
    <message>
        <source>Body size (pt)</source>
        <translation>Body size (pt)</translation>
    </message>
    <message>
        <source>Masthead size (pt)</source>
        <translation>Masthead size (pt)</translation>
    </message>
    <message>
        <source>Smaller masthead sizes (pt, comma-separated)</source>
        <translation>Smaller masthead sizes (pt, comma-separated)</translation>
    </message>
    <message>
        <source>Issue number size (pt)</source>
        <translation>Issue number size (pt)</translation>
    </message>
    <message>
        <source>Article title size (pt)</source>
        <translation>Article title size (pt)</translation>
    </message>
    <message>
        <source>Closing block size (pt)</source>
        <translation>Closing block size (pt)</translation>
    </message>
    <message>
        <source>Page number size (pt)</source>
        <translation>Page number size (pt)</translation>
    </message>
    <message>
        <source>Red (hexadecimal RGB)</source>
        <translation>Red (hexadecimal RGB)</translation>
    </message>
    <message>
        <source>Red rule thickness (pt)</source>
        <translation>Red rule thickness (pt)</translation>
    </message>
    <message>
        <source>Gap above the red rule (mm)</source>
        <translation>Gap above the red rule (mm)</translation>
    </message>
    <message>
        <source>Closing block outer rules (mm)</source>
        <translation>Closing block outer rules (mm)</translation>
    </message>
    <message>
        <source>Closing block inner rules (mm)</source>
        <translation>Closing block inner rules (mm)</translation>
    </message>
    <message>
        <source>Closing block indent (characters)</source>
        <translation>Closing block indent (characters)</translation>
    </message>
    <message>
        <source>Page number position</source>
        <translation>Page number position</translation>
    </message>
    <message>
        <source>Page number below the type area (mm)</source>
        <translation>Page number below the type area (mm)</translation>
    </message>
    <message>
        <source>Section headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside (odd pages right, even pages left)</source>
        <translation>Outside (odd pages right, even pages left)</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>In brackets: 【Title】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered: 一、Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an issue of a bulletin (in an archive open for writing) to set that bulletin&apos;s layout.</source>
        <translation>Open an issue of a bulletin (in an archive open for writing) to set that bulletin&apos;s layout.</translation>
    </message>
    <message>
        <source>The printed layout of 《{series}》: every issue of this bulletin, on screen, in Word, PDF and print.</source>
        <translation>The printed layout of 《{series}》: every issue of this bulletin, on screen, in Word, PDF and print.</translation>
    </message>
    <message>
        <source>Cannot save the layout</source>
        <translation>Cannot save the layout</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a unit&apos;s row to list its adopted entries and where they were adopted. Click a column&apos;s head to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special issues counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special issues left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special issues alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bulletins</source>
        <translation>All bulletins</translation>
    </message>
    <message>
        <source>{note} &lt;a href=&quot;{year}&quot;&gt;Show {year}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <source>Statistics exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Count the entries of this bulletin only</source>
        <translation>Count the entries of this bulletin only</translation>
    </message>
    <message>
        <source>The entries of special issues (专刊): counted with the others (the column “of which in special issues” says how many), left out, or counted alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units and Scoring…</source>
        <translation>&amp;Units and Scoring…</translation>
    </message>
    <message>
        <source>The registry of units (aliases, merging, categories) and the points of the scoring table</source>
        <translation>The registry of units (aliases, merging, categories) and the points of the scoring table</translation>
    </message>
    <message>
        <source>U&amp;nattributed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adopted entries counted for no unit, and the units they seem to come from</source>
        <translation type="unfinished"></translation>
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
        <translation>Notice (Word)…</translation>
    </message>
    <message>
        <source>Write the adoption notice as a Word document in the bulletin&apos;s layout</source>
        <translation>Write the adoption notice as a Word document in the bulletin&apos;s layout</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <source>Submitted and adopted per unit</source>
        <translation>Submitted and adopted per unit</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and adopted, the first {shown} of {count} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This archive is open read-only; nothing is saved.</source>
        <translation>This archive is open read-only; nothing is saved.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <source>The changes are kept in memory and saved again with the next change. {error}</source>
        <translation>The changes are kept in memory and saved again with the next change. {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <source>about {pages} pages</source>
        <translation>about {pages} pages</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Adopted into {places}. Changes here do not change the adopted entries; edit those in the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text also names {names} as sending it, without saying which county or town&apos;s: not counted. Write the unit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Submission</source>
        <translation>Edit Submission</translation>
    </message>
    <message>
        <source>Unknown unit</source>
        <translation>Unknown unit</translation>
    </message>
    <message>
        <source>The unit registry has no “{name}”. Add it to the registry?</source>
        <translation>The unit registry has no “{name}”. Add it to the registry?</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Unit from the registry (empty: not known)</source>
        <translation>Unit from the registry (empty: not known)</translation>
    </message>
    <message>
        <source>Sent &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other units that sent it together, separated by 、 (empty: the unit alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>The archive is open read-only: what is in the trash can be looked at here, not restored or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number taken</source>
        <translation>Number taken</translation>
    </message>
    <message>
        <source>{message}

Restore it as issue number:</source>
        <translation>{message}

Restore it as issue number:</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Restored: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: {item}, as issue number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Empty Trash</translation>
    </message>
    <message>
        <source>Remove everything in the trash for good?</source>
        <translation>Remove everything in the trash for good?</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted issues, and sections and entries that undo can no longer bring back. Restoring puts an item back where it was.</source>
        <translation>Deleted issues, and sections and entries that undo can no longer bring back. Restoring puts an item back where it was.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keep deleted items for</source>
        <translation>Keep deleted items for</translation>
    </message>
    <message>
        <source>days (older items are removed when the archive opens)</source>
        <translation>days (older items are removed when the archive opens)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>UnattributedDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished">Issue</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Unit to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">Entry</translation>
    </message>
    <message>
        <source>Choose entries with a unit name to register, or type the name in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries Counted for No Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These adopted entries name no registered unit, so the statistics leave them out. Register the unit an entry comes from (edit the suggested name first if needed) and its entries count at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register Units of the Selected Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit date</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <source>Edit reporting unit</source>
        <translation>Edit reporting unit</translation>
    </message>
    <message>
        <source>Edit number or title before the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Edit article title</source>
        <translation>Edit article title</translation>
    </message>
    <message>
        <source>Edit bulletin name</source>
        <translation>Edit bulletin name</translation>
    </message>
    <message>
        <source>Choose bulletin</source>
        <translation>Choose bulletin</translation>
    </message>
    <message>
        <source>Change issue number</source>
        <translation>Change issue number</translation>
    </message>
    <message>
        <source>Change number within the year</source>
        <translation>Change number within the year</translation>
    </message>
    <message>
        <source>Edit special series</source>
        <translation>Edit special series</translation>
    </message>
    <message>
        <source>Change issue date</source>
        <translation>Change issue date</translation>
    </message>
    <message>
        <source>Edit issuing office</source>
        <translation>Edit issuing office</translation>
    </message>
    <message>
        <source>Edit sign-off</source>
        <translation>Edit sign-off</translation>
    </message>
    <message>
        <source>Edit distribution</source>
        <translation>Edit distribution</translation>
    </message>
    <message>
        <source>Change print run</source>
        <translation>Change print run</translation>
    </message>
    <message>
        <source>Edit marks above the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Proofreading fix</source>
        <translation>Proofreading fix</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>Add article</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Duplicate entry</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Move entry</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Duplicate section</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Move section</translation>
    </message>
</context>
<context>
    <name>UnitEntriesDialog</name>
    <message>
        <source>Adopted Entries of {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}, {start} to {end}: {count} entries adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({joint} of them reported together with other units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished">Issue</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished">Section</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">Entry</translation>
    </message>
    <message>
        <source>Submission No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Reported together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted Entries of a Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Also written as</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>Counts for</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add Unit</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <source>Name of the unit:</source>
        <translation>Name of the unit:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Rename Unit</source>
        <translation>Rename Unit</translation>
    </message>
    <message>
        <source>New name (the old one stays as another way of writing it):</source>
        <translation>New name (the old one stays as another way of writing it):</translation>
    </message>
    <message>
        <source>{new} is already in the registry. If {old} is now called so (an office renamed by a reform), merge {old} into {new}: its names stay as other ways of writing it, and its submissions, entries and points move there.

Merge {old} into {new}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Units</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <source>Count {unit} as part of:</source>
        <translation>Count {unit} as part of:</translation>
    </message>
    <message>
        <source>Likely the Same Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two units in the registry look like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} → {target} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the first into the second (its names, submissions and entries move there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id}, {when}: {source} → {target} ({moved})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back this merge (the unit merged away comes back with its names, submissions and entries):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Written As</source>
        <translation>Also Written As</translation>
    </message>
    <message>
        <source>Other ways of writing {unit}, separated by 、:</source>
        <translation>Other ways of writing {unit}, separated by 、:</translation>
    </message>
    <message>
        <source>Also put the other {count} units in {old} into {new}? Units registered later at the same level go there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Bonus</source>
        <translation>Add a Bonus</translation>
    </message>
    <message>
        <source>Name of the bonus (e.g. 领导批示):</source>
        <translation>Name of the bonus (e.g. 领导批示):</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>Units and Scoring</source>
        <translation>Units and Scoring</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>Count this unit as part of another: its names, submissions and entries move there</source>
        <translation>Count this unit as part of another: its names, submissions and entries move there</translation>
    </message>
    <message>
        <source>&amp;Also Written As…</source>
        <translation>&amp;Also Written As…</translation>
    </message>
    <message>
        <source>The other ways the unit&apos;s name is written (short forms, old names), counted for it</source>
        <translation>The other ways the unit&apos;s name is written (short forms, old names), counted for it</translation>
    </message>
    <message>
        <source>&amp;Category…</source>
        <translation>&amp;Category…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Keep its history but offer it no more for new submissions</source>
        <translation>Keep its history but offer it no more for new submissions</translation>
    </message>
    <message>
        <source>Units Li&amp;kely the Same…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that look like one (a name written short and in full, a county&apos;s office and the county), to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a merge (the last one made here at once, an older one picked from the record of merges): the unit merged away is back with its names, submissions and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Add a &amp;bonus…</source>
        <translation>Add a &amp;bonus…</translation>
    </message>
</context>
</TS>
