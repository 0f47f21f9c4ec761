; Inno Setup 6 script: installs the PyInstaller one-folder bundle (dist\jointaudit) on Windows
; and registers .jaworkspace / .jabundle so double-clicking opens the app.
; Build on Windows after `make bundle`:  iscc packaging\windows\jointaudit.iss
; AppVersion must equal jointaudit.__version__ (tests/packaging checks it); iscc /DAppVersion=x.y.z
; overrides it for a one-off build.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppIdentifier "org.jointaudit.JointAudit"
#define AppName "JointAudit"
#define AppExe "jointaudit.exe"
#define WorkspaceProgId "JointAudit.Workspace"
#define BundleProgId "JointAudit.Bundle"

[Setup]
; A fixed GUID keeps upgrades in place; never change it.
AppId={{6C1E2F0B-3F4A-4E8D-9B57-7A0D2C4E9B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The jointaudit team
AppComments=Plan one joint audit across several mining sustainability schemes
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\jointaudit.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=JointAudit-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\jointaudit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppIdentifier}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .jaworkspace: a JointAudit workspace (one SQLite file)
Root: HKA; Subkey: "Software\Classes\.jaworkspace"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-jointaudit-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jaworkspace\OpenWithProgids"; ValueType: string; ValueName: "{#WorkspaceProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#WorkspaceProgId}"; ValueType: string; ValueName: ""; ValueData: "JointAudit workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#WorkspaceProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#WorkspaceProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; .jabundle: an exchange bundle (zip) passed between auditor, site and scheme staff
Root: HKA; Subkey: "Software\Classes\.jabundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-jointaudit-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jabundle\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "JointAudit exchange bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jaworkspace"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jabundle"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
