; Inno Setup 6 script: a Windows installer for the one-folder bundle.
; NOT TESTED: written on Linux, where neither the Windows bundle nor Inno Setup can run.
; See installers/README.md, "Windows". Build, in the repository root on Windows:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build installers\vrac-desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\vrac-desktop.iss
; Output: dist\vrac-desktop-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 installers\windows\vrac-desktop.iss
#endif

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{5B0E7C2A-3D4F-4E8B-9A61-7C2D1E0F4A93}
AppName=VRAC Desktop
AppVersion={#AppVersion}
AppVerName=VRAC Desktop {#AppVersion}
AppPublisher=VRAC
; Coaches often have no administrator rights: install for the current user by default
; (%LOCALAPPDATA%\Programs), with the choice of all users when they do.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\VRAC Desktop
DefaultGroupName=VRAC Desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=vrac-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\vrac-desktop.ico
UninstallDisplayIcon={app}\vrac-desktop-gui.exe
UninstallDisplayName=VRAC Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app must not be running while its files are replaced.
CloseApplications=yes
; Code signing (installers/README.md): define a sign tool named "vrac" in the Inno Setup IDE
; (Tools > Configure Sign Tools) or with ISCC /S"vrac=signtool sign /fd SHA256 /tr <TSA> /td SHA256 /a $f"
; then uncomment the next line; it signs the setup and the uninstaller.
; SignTool=vrac

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled libraries as a whole: no stale DLL from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\vrac-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\VRAC Desktop"; Filename: "{app}\vrac-desktop-gui.exe"
Name: "{autodesktop}\VRAC Desktop"; Filename: "{app}\vrac-desktop-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\vrac-desktop-gui.exe"; Description: "{cm:LaunchProgram,VRAC Desktop}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only. The coach's encrypted data stays in
; %LOCALAPPDATA%\vrac-desktop (delete it by hand, or use the app's GDPR erase first).
