; Inno Setup 6 script: a Windows installer for the folder that scripts/build-installer makes.
; Build the folder first (on Windows: .venv\Scripts\python scripts\build-installer), then:
;     iscc /DAppVersion=0.1.0 scripts\bulletin-desktop.iss
; The installer lands in dist\ and installs for the current user only (no administrator rights).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "bulletin-desktop.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{6F2D9C1E-5B7A-4E38-9A41-2C8B0D7E4F15}
AppName=简报编辑器
AppVersion={#AppVersion}
AppVerName=简报编辑器 {#AppVersion}
DefaultDirName={autopf}\BulletinDesktop
DefaultGroupName=简报编辑器
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=bulletin-desktop-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\resources\icons\app\bulletin-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "default"; MessagesFile: "compiler:Default.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the libraries wholesale, so none of an older Qt stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\bulletin-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\简报编辑器"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\简报编辑器"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,简报编辑器}"; Flags: nowait postinstall skipifsilent
